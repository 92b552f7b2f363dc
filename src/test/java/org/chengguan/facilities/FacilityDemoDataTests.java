package org.chengguan.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.PlatformTest;
import org.chengguan.facilities.demo.DemoFeeder;
import org.chengguan.facilities.demo.FacilityDemoLoader;
import org.chengguan.facilities.demo.HuaibeiFacilities;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class FacilityDemoDataTests {

	@Autowired
	DemoDataLoader geography;

	@Autowired
	FacilityDemoLoader facilities;

	@Autowired
	DemoFeeder feeder;

	@Autowired
	RegionDirectory regions;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void load() {
		geography.loadIfAbsent();
		facilities.loadIfAbsent();
	}

	@Test
	void theDemoHasOverAHundredThousandFacilitiesAndPortsWithTheSeedsChargingFigures() {
		long demoFacilities = count("SELECT count(*) FROM facilities.facility WHERE demo");
		long stations = count("SELECT count(*) FROM facilities.facility WHERE demo AND type = 'EV_CHARGING'");
		long ports = count("SELECT count(*) FROM facilities.charging_port p JOIN facilities.facility f "
				+ "ON f.id = p.facility_id WHERE f.demo");
		assertThat(stations).isEqualTo(HuaibeiFacilities.CHARGING_STATIONS);
		assertThat(ports).isEqualTo(HuaibeiFacilities.CHARGING_PORTS);
		assertThat(demoFacilities + ports).isGreaterThanOrEqualTo(100_000);
		assertThat(count("SELECT count(DISTINCT type) FROM facilities.facility WHERE demo"))
			.isEqualTo(FacilityType.values().length);
	}

	@Test
	void everyDemoFacilityLiesInTheStreetAndCommunityItIsFiledUnder() {
		var rows = jdbc.sql("SELECT lat, lon, street_code, community_code FROM facilities.facility WHERE demo "
				+ "AND type <> 'STATION' AND id % 97 = 0").query((rs, n) -> new Object[] { rs.getDouble(1),
						rs.getDouble(2), rs.getString(3), rs.getString(4) }).list();
		assertThat(rows).hasSizeGreaterThan(200);
		for (Object[] row : rows) {
			var at = regions.locate(new org.chengguan.geo.GeoPoint((double) row[0], (double) row[1])).orElseThrow();
			assertThat(at.street().code()).isEqualTo(row[2]);
			assertThat(at.community().map(c -> c.code()).orElse(null)).isEqualTo(row[3]);
		}
		assertThat(count("SELECT count(*) FROM facilities.facility WHERE demo AND community_code IS NOT NULL"))
			.isGreaterThan(count("SELECT count(*) FROM facilities.facility WHERE demo") / 2);
	}

	@Test
	void aSecondLoadFindsTheDataThereAndAddsNothing() {
		long before = count("SELECT count(*) FROM facilities.facility");
		assertThat(facilities.loadIfAbsent()).isFalse();
		assertThat(count("SELECT count(*) FROM facilities.facility")).isEqualTo(before);
	}

	@Test
	void theFeederIsOffInTestsAndAStepMovesPortsKeepingTheStationsCountsTrue() {
		assertThat(feeder.running()).isFalse();
		String states = "SELECT string_agg(state, '' ORDER BY facility_id, port_no) FROM facilities.charging_port";
		String before = jdbc.sql(states).query(String.class).single();
		assertThat(feeder.step()).isPositive();
		assertThat(jdbc.sql(states).query(String.class).single()).isNotEqualTo(before);
		assertThat(count("""
				SELECT count(*) FROM facilities.facility f WHERE f.type = 'EV_CHARGING' AND (
				  f.ports_free_ac <> (SELECT count(*) FROM facilities.charging_port p
				                      WHERE p.facility_id = f.id AND p.kind = 'AC' AND p.state = 'FREE')
				  OR f.ports_free_dc <> (SELECT count(*) FROM facilities.charging_port p
				                         WHERE p.facility_id = f.id AND p.kind = 'DC' AND p.state = 'FREE'))
				""")).isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
