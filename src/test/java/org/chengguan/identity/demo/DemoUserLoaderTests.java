package org.chengguan.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.RegionLevel;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The tests run without demo data; this loads the demo users explicitly, as the demo start does. */
@PlatformTest
class DemoUserLoaderTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoDataLoader geography;

	@Autowired
	DemoUserLoader loader;

	@Autowired
	Actors actors;

	@Autowired
	RegionDirectory regions;

	Map<String, Actor> demo;

	Location centre;

	@BeforeEach
	void load() {
		geography.loadIfAbsent();
		loader.loadIfAbsent();
		demo = DemoUsers.NAMES.stream()
			.map(name -> actors.byUsername(name).orElseThrow())
			.collect(Collectors.toMap(Actor::username, Function.identity()));
		centre = regions.locate(DemoUserLoader.CITY_CENTRE).orElseThrow();
	}

	@Test
	void loadingAgainCreatesNothing() {
		assertThat(loader.loadIfAbsent()).isEmpty();
		assertThat(demo).hasSize(DemoUsers.NAMES.size());
	}

	@Test
	void onePerRoleTogetherCoverTheCityCentre() {
		String grid = centre.grid().orElseThrow().code();
		for (String name : new String[] { "inspector", "operator", "shift-leader", "dispatcher", "handler", "officer",
				"leader", "admin" }) {
			Actor user = demo.get(name);
			assertThat(user.covers(grid)).as(name).isTrue();
			assertThat(user.roles()).as(name).containsExactly(Role.valueOf(name.toUpperCase().replace('-', '_')));
		}
		assertThat(demo.get("citizen").isCitizen()).isTrue();
		assertThat(demo.get("citizen").scopeRegionCode()).isNull();
	}

	@Test
	void eachIsScopedAtTheLevelItsWorkNeeds() {
		String community = centre.community().orElseThrow().code();
		assertThat(demo.get("inspector").scopeRegionCode()).isEqualTo(community);
		assertThat(demo.get("inspector").gridCodes()).contains(centre.grid().orElseThrow().code())
			.allMatch(g -> g.startsWith(community) && g.length() == 15)
			.hasSize((int) regions.children(community).stream().filter(r -> r.level() == RegionLevel.GRID).count());
		assertThat(demo.get("officer").scopeRegionCode()).isEqualTo(community);
		assertThat(demo.get("shift-leader").scopeRegionCode()).isEqualTo(centre.street().code());
		assertThat(demo.get("operator").scopeRegionCode()).isEqualTo(centre.district().code());
		assertThat(demo.get("dispatcher").scopeRegionCode()).isEqualTo(centre.district().code());
		assertThat(demo.get("handler").scopeRegionCode()).isEqualTo("3406");
		assertThat(demo.get("handler").departmentCode()).isEqualTo("SANITATION");
		assertThat(demo.get("leader").scopeRegionCode()).isEqualTo("3406");
		assertThat(demo.get("admin").scopeRegionCode()).isEqualTo("3406");
	}

	@Test
	void theSecondSetLiesElsewhere() {
		String grid = centre.grid().orElseThrow().code();
		for (String name : new String[] { "inspector-2", "officer-2", "shift-leader-2", "operator-2", "dispatcher-2",
				"leader-2" }) {
			assertThat(demo.get(name).covers(grid)).as(name).isFalse();
		}
		assertThat(demo.get("shift-leader-2").scopeRegionCode()).hasSize(9).startsWith(centre.district().code())
			.isNotEqualTo(centre.street().code());
		assertThat(demo.get("inspector-2").scopeRegionCode()).startsWith(demo.get("shift-leader-2").scopeRegionCode());
		assertThat(demo.get("officer-2").scopeRegionCode()).isEqualTo(demo.get("inspector-2").scopeRegionCode());
		assertThat(demo.get("operator-2").scopeRegionCode()).isEqualTo("340604");
		assertThat(demo.get("dispatcher-2").scopeRegionCode()).isEqualTo("340604");
		assertThat(demo.get("leader-2").scopeRegionCode()).isEqualTo("340621");
		assertThat(demo.get("handler-2").departmentCode()).isEqualTo("LANDSCAPE");
		assertThat(demo.get("citizen-2").isCitizen()).isTrue();
	}

	@Test
	void demoUsersSignInWithTheDemoPasswordTheCitizenToo() {
		var api = new Api(port);
		for (String name : new String[] { "citizen", "admin", "shift-leader-2" }) {
			var response = api.post("/api/v1/auth/token",
					"{\"username\":\"" + name + "\",\"password\":\"" + DemoUsers.PASSWORD + "\"}");
			assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(200);
		}
		var me = api.as(api.post("/api/v1/auth/token",
				"{\"username\":\"admin\",\"password\":\"" + DemoUsers.PASSWORD + "\"}").json().get("token").asString())
			.get("/api/v1/users?size=100&role=CITIZEN");
		assertThat(me.body()).contains("13800000001");
	}

	@Test
	void theGuardWouldNowRefuseAStartWithoutDemoData(@Autowired org.chengguan.identity.internal.UserAccounts accounts,
			@Autowired org.springframework.security.crypto.password.PasswordEncoder encoder) {
		var guard = new DemoPasswordGuard(org.chengguan.platform.DemoData.fixed(false), accounts, encoder);
		org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(guard::check)
			.withMessageContaining("citizen").withMessageContaining("admin");
	}
}
