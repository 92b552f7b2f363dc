package org.chengguan.commerce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.identity.demo.DemoUserLoader;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The demo commerce data loads once after the demo users: shops in the demo officer's community, the demo citizen's
 * own shop, an alliance, a rated period whose starred shops the public sees, and 41 commissioners.
 */
@PlatformTest
class DemoCommerceLoaderTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoDataLoader geography;

	@Autowired
	DemoUserLoader users;

	@Autowired
	DemoCommerceLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsTheDemoShopsAllianceRatingsAndCommissionersOnce() {
		geography.loadIfAbsent();
		users.loadIfAbsent();
		loader.loadIfAbsent();
		assertThat(loader.loadIfAbsent()).as("only once").isFalse();
		assertThat(count("SELECT count(*) FROM commerce.merchant WHERE licence_number LIKE '91340603DEMO%'"))
			.isEqualTo(8);
		assertThat(count("SELECT count(*) FROM commerce.commissioner c JOIN commerce.complex x ON x.id = c.complex_id "
				+ "WHERE x.name LIKE '%（演示）'")).isEqualTo(41);
		assertThat(count("SELECT count(*) FROM commerce.alliance WHERE name LIKE '%（演示）'")).isEqualTo(1);

		Api api = new Api(port);
		String token = api.post("/api/v1/auth/token", "{\"username\":\"citizen\",\"password\":\"demo-2026\"}").json()
			.get("token").asString();
		JsonNode mine = api.as(token).get("/api/v1/merchants/mine").json();
		assertThat(mine.get("count").asInt()).isEqualTo(1);
		assertThat(mine.get("items").get(0).get("name").asString()).isEqualTo("翠峰牛肉面馆（演示）");
		assertThat(mine.get("items").get(0).get("stars").get("stars").asInt()).isBetween(1, 5);
		assertThat(count("SELECT count(*) FROM commerce.star_rating r JOIN commerce.rating_period p ON p.id = r.period_id "
				+ "WHERE p.name = '近30天星级评定（演示）'")).isGreaterThanOrEqualTo(8);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
