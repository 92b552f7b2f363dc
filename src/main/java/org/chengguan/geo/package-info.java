/**
 * Geographic value types shared by every module that takes a location: {@link org.chengguan.geo.GeoPoint}
 * (always WGS-84 / CGCS2000) and {@link org.chengguan.geo.Crs}, the coordinate systems clients send
 * (WGS-84 from GPS and 天地图, GCJ-02 from WeChat and AMap, BD-09 from Baidu) and their conversions.
 */
package org.chengguan.geo;
