package org.chengguan.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conversions checked against pairs published with open-source implementations of the same public formulas:
 * wandergis/coordtransform (test/app.js, the pairs that hutool and coordtransform ports also test) and
 * googollee/eviltransform (its Go and Python tests).
 */
class CrsReferencePointsTests {

	private static final double DEGREES = 1e-9;

	private static final double ONE_MILLIMETRE = 0.001;

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// place, WGS-84 lat, lon, GCJ-02 lat, lon
			"Tiananmen (coordtransform),  39.915,     116.404,     39.91640428150164,  116.41024449916938",
			"Shanghai (eviltransform),    31.1774276, 121.5272106, 31.17530398364597,  121.531541859215",
			"Shenzhen (eviltransform),    22.543847,  113.912316,  22.540796131694766, 113.9171764808363",
			"Beijing (eviltransform),     39.911954,  116.377817,  39.91334545536069,  116.38404722455657" })
	void convertsWgs84ToGcj02AsPublished(String place, double lat, double lon, double gcjLat, double gcjLon) {
		CrsPoint gcj = Crs.GCJ02.fromWgs84(new GeoPoint(lat, lon));

		assertThat(gcj.crs()).isEqualTo(Crs.GCJ02);
		assertThat(gcj.lat()).isCloseTo(gcjLat, within(DEGREES));
		assertThat(gcj.lon()).isCloseTo(gcjLon, within(DEGREES));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"Tiananmen (coordtransform),  39.915,     116.404,     39.91640428150164,  116.41024449916938",
			"Shanghai (eviltransform),    31.1774276, 121.5272106, 31.17530398364597,  121.531541859215",
			"Shenzhen (eviltransform),    22.543847,  113.912316,  22.540796131694766, 113.9171764808363",
			"Beijing (eviltransform),     39.911954,  116.377817,  39.91334545536069,  116.38404722455657" })
	void recoversThePublishedWgs84PointFromItsGcj02Point(String place, double lat, double lon, double gcjLat,
			double gcjLon) {
		GeoPoint wgs = Crs.GCJ02.toWgs84(gcjLat, gcjLon);

		assertThat(wgs.distanceMetres(new GeoPoint(lat, lon))).isLessThan(ONE_MILLIMETRE);
	}

	@Test
	void convertsGcj02ToBd09AsPublished() {
		CrsPoint bd = Bd09Offset.fromGcj02(39.915, 116.404);

		assertThat(bd.crs()).isEqualTo(Crs.BD09);
		assertThat(bd.lat()).isCloseTo(39.92133699351021, within(DEGREES));
		assertThat(bd.lon()).isCloseTo(116.41036949371029, within(DEGREES));
	}

	@Test
	void convertsWgs84ToBd09AsPublished() {
		CrsPoint bd = Crs.BD09.fromWgs84(new GeoPoint(39.915, 116.404));

		assertThat(bd.lat()).isCloseTo(39.922699552216216, within(DEGREES));
		assertThat(bd.lon()).isCloseTo(116.41662724378733, within(DEGREES));
	}

	@Test
	void recoversThePublishedWgs84PointFromItsBd09Point() {
		GeoPoint wgs = Crs.BD09.toWgs84(39.922699552216216, 116.41662724378733);

		assertThat(wgs.distanceMetres(new GeoPoint(39.915, 116.404))).isLessThan(ONE_MILLIMETRE);
	}

	/**
	 * coordtransform's inverses are the one-step approximations: converting their answers forward again misses the
	 * starting point by 6 cm (GCJ-02) and 28 cm (BD-09) here, and by up to about 5 m elsewhere in China.
	 */
	@Test
	void invertsMoreExactlyThanThePublishedOneStepInverses() {
		GeoPoint given = new GeoPoint(39.915, 116.404);
		GeoPoint oneStepFromGcj = new GeoPoint(39.91359571849836, 116.39775550083061);
		GeoPoint oneStepFromBd = new GeoPoint(39.907253214522164, 116.3913836995125);

		assertThat(missAfterConvertingBack(Crs.GCJ02, oneStepFromGcj, given)).isGreaterThan(0.05);
		assertThat(missAfterConvertingBack(Crs.BD09, oneStepFromBd, given)).isGreaterThan(0.25);
		assertThat(missAfterConvertingBack(Crs.GCJ02, Crs.GCJ02.toWgs84(given.lat(), given.lon()), given))
			.isLessThan(ONE_MILLIMETRE);
		assertThat(missAfterConvertingBack(Crs.BD09, Crs.BD09.toWgs84(given.lat(), given.lon()), given))
			.isLessThan(ONE_MILLIMETRE);
	}

	private static double missAfterConvertingBack(Crs crs, GeoPoint wgs, GeoPoint given) {
		CrsPoint back = crs.fromWgs84(wgs);
		return new GeoPoint(back.lat(), back.lon()).distanceMetres(given);
	}
}
