/**
 * Regions and grids (C1): city → district/county (区/县) → street/town (街道/镇) → community (社区) → unit grid
 * (万米单元网格), and the service network of community stations (工作站), kiosks (岗亭) and squadrons (中队). Any point
 * resolves to its grid and hence to its community, street and district ({@link org.chengguan.regions.RegionDirectory}).
 */
package org.chengguan.regions;
