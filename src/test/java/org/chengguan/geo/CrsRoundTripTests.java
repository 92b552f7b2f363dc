package org.chengguan.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CrsRoundTripTests {

	/** Far below the 1 m the platform needs; the iteration in fact stays within a few micrometres. */
	private static final double ONE_MILLIMETRE = 0.001;

	@ParameterizedTest
	@EnumSource(Crs.class)
	void roundTripsEveryPointOfHuaibeiToWithinAMillimetre(Crs crs) {
		// 淮北市 with its counties: lat 33.27–34.23, lon 116.38–117.03, every 0.005° (about 500 m)
		assertThat(maxRoundTripErrorMetres(crs, 33.27, 34.23, 116.38, 117.03, 0.005)).isLessThan(ONE_MILLIMETRE);
	}

	@ParameterizedTest
	@EnumSource(Crs.class)
	void roundTripsMainlandChinaToWithinAMillimetre(Crs crs) {
		// Hainan to Heilongjiang, Xinjiang to the east coast, every 0.1° (about 10 km)
		assertThat(maxRoundTripErrorMetres(crs, 18.0, 53.5, 73.5, 135.0, 0.1)).isLessThan(ONE_MILLIMETRE);
	}

	@ParameterizedTest
	@CsvSource({ "GCJ02, 105", "GCJ02, 105.000000000001", "GCJ02, 104.999999999999", "BD09, 105",
			"BD09, 105.000000000001" })
	void roundTripsAtTheSquareRootCuspOfTheOffsetAtLongitude105(Crs crs, double lon) {
		assertThat(maxRoundTripErrorMetres(crs, 20.0, 50.0, lon, lon, 0.5)).isLessThan(ONE_MILLIMETRE);
	}

	private static double maxRoundTripErrorMetres(Crs crs, double latFrom, double latTo, double lonFrom,
			double lonTo, double step) {
		double max = 0;
		for (int i = 0; latFrom + i * step <= latTo; i++) {
			for (int j = 0; lonFrom + j * step <= lonTo; j++) {
				GeoPoint wgs = new GeoPoint(latFrom + i * step, lonFrom + j * step);
				GeoPoint back = crs.fromWgs84(wgs).toWgs84();
				max = Math.max(max, back.distanceMetres(wgs));
			}
		}
		return max;
	}

	@Test
	void shiftsHuaibeiByHundredsOfMetresInGcj02() {
		double min = Double.MAX_VALUE;
		double max = 0;
		for (double lat = 33.27; lat <= 34.23; lat += 0.01) {
			for (double lon = 116.38; lon <= 117.03; lon += 0.01) {
				GeoPoint wgs = new GeoPoint(lat, lon);
				CrsPoint gcj = Crs.GCJ02.fromWgs84(wgs);
				double offset = wgs.distanceMetres(new GeoPoint(gcj.lat(), gcj.lon()));
				min = Math.min(min, offset);
				max = Math.max(max, offset);
			}
		}
		// measured: 504 m to 547 m
		assertThat(min).isGreaterThan(100);
		assertThat(max).isLessThan(1000);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "London, 51.5074, -0.1278", "New York, 40.7128, -74.0060", "Sydney, -33.8688, 151.2093",
			"Tokyo, 35.6762, 139.6503", "Moscow, 55.7558, 37.6173", "Null Island, 0, 0",
			"north of the box, 56.0, 120.0", "the antimeridian, -90, 180" })
	void leavesPointsOutsideChinaUnchanged(String place, double lat, double lon) {
		GeoPoint wgs = new GeoPoint(lat, lon);
		for (Crs crs : Crs.values()) {
			CrsPoint there = crs.fromWgs84(wgs);
			assertThat(there.lat()).as("%s latitude", crs).isEqualTo(lat);
			assertThat(there.lon()).as("%s longitude", crs).isEqualTo(lon);
			assertThat(crs.toWgs84(lat, lon)).as("%s to WGS-84", crs).isEqualTo(wgs);
		}
	}

	@Test
	void leavesWgs84PointsInChinaUnchanged() {
		GeoPoint huaibei = new GeoPoint(33.9717, 116.7983);

		assertThat(Crs.WGS84.fromWgs84(huaibei)).isEqualTo(new CrsPoint(Crs.WGS84, 33.9717, 116.7983));
		assertThat(Crs.WGS84.toWgs84(33.9717, 116.7983)).isEqualTo(huaibei);
	}
}
