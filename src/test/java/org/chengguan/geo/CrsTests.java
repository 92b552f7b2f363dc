package org.chengguan.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrsTests {

	@ParameterizedTest
	@CsvSource({ "wgs84, WGS84", "WGS84, WGS84", "wgs-84, WGS84", "WGS-84, WGS84", "gcj02, GCJ02", "GCJ02, GCJ02",
			"gcj-02, GCJ02", "Gcj-02, GCJ02", "bd09, BD09", "BD09, BD09", "bd-09, BD09", "BD-09, BD09" })
	void parsesTheUsualNamesInAnyCase(String name, Crs expected) {
		assertThat(Crs.parse(name)).isEqualTo(expected);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " gcj02", "gcj 02", "gcj_02", "wgs", "bd09mc", "cgcs2000", "mars", "EPSG:4326" })
	void rejectsOtherNamesListingTheAcceptedOnes(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> Crs.parse(name))
			.withMessageContaining("unknown coordinate system")
			.withMessageContaining(String.valueOf(name))
			.withMessageContaining("accepted: wgs84, wgs-84, gcj02, gcj-02, bd09, bd-09");
	}

	@Test
	void labelsEachSystemByItsUsualWrittenName() {
		assertThat(Crs.WGS84.label()).isEqualTo("WGS-84");
		assertThat(Crs.GCJ02.label()).isEqualTo("GCJ-02");
		assertThat(Crs.BD09.label()).isEqualTo("BD-09");
	}

	@ParameterizedTest
	@EnumSource(Crs.class)
	void rejectsLatitudesOutsideTheGlobeNamingTheSystemAndValue(Crs crs) {
		for (double lat : new double[] { 90.000001, -91, Double.NaN, Double.POSITIVE_INFINITY }) {
			assertThatIllegalArgumentException().isThrownBy(() -> crs.toWgs84(lat, 116.8))
				.withMessage("%s latitude must be within [-90, 90], was %s", crs.label(), lat);
			assertThatIllegalArgumentException().isThrownBy(() -> new CrsPoint(crs, lat, 116.8))
				.withMessage("%s latitude must be within [-90, 90], was %s", crs.label(), lat);
		}
	}

	@ParameterizedTest
	@EnumSource(Crs.class)
	void rejectsLongitudesOutsideTheGlobeNamingTheSystemAndValue(Crs crs) {
		for (double lon : new double[] { 180.000001, -181, Double.NaN, Double.NEGATIVE_INFINITY }) {
			assertThatIllegalArgumentException().isThrownBy(() -> crs.toWgs84(33.97, lon))
				.withMessage("%s longitude must be within [-180, 180], was %s", crs.label(), lon);
			assertThatIllegalArgumentException().isThrownBy(() -> new CrsPoint(crs, 33.97, lon))
				.withMessage("%s longitude must be within [-180, 180], was %s", crs.label(), lon);
		}
	}

	@ParameterizedTest
	@EnumSource(Crs.class)
	void acceptsTheEdgesOfTheGlobe(Crs crs) {
		assertThat(crs.toWgs84(90, 180)).isEqualTo(new GeoPoint(90, 180));
		assertThat(crs.toWgs84(-90, -180)).isEqualTo(new GeoPoint(-90, -180));
	}

	@Test
	void requiresASystemForAPoint() {
		assertThatNullPointerException().isThrownBy(() -> new CrsPoint(null, 33.97, 116.8)).withMessage("crs");
	}

	@ParameterizedTest
	@EnumSource(Crs.class)
	void convertsAPointInASystemLikeTheSystemDoes(Crs crs) {
		assertThat(new CrsPoint(crs, 33.9717, 116.7983).toWgs84()).isEqualTo(crs.toWgs84(33.9717, 116.7983));
	}
}
