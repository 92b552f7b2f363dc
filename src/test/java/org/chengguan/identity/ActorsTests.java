package org.chengguan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;

import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.UnauthenticatedException;
import org.chengguan.regions.RegionDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The module API other modules call: users by id, by role and region; the current user outside a request. */
@PlatformTest
class ActorsTests {

	@Autowired
	Actors actors;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegionDirectory regions;

	TestUsers users;

	@BeforeEach
	void setUp() {
		users = new TestUsers(context);
		users.ensure(TestUsers.ADMIN);
	}

	@Test
	void findsTheLeadersCoveringARegionTheMostSpecificFirst() {
		Actor street = users.ensure(NewUser.staff("t-leader-street", "街道领导", TestUsers.PASSWORD, "340602001",
				Role.LEADER));
		Actor district = users.ensure(NewUser.staff("t-leader-district", "区领导", TestUsers.PASSWORD, "340602",
				Role.LEADER));
		Actor elsewhere = users.ensure(NewUser.staff("t-leader-elsewhere", "别区领导", TestUsers.PASSWORD, "340604",
				Role.LEADER));

		var leaders = actors.withRole(Role.LEADER, "340602001");
		assertThat(leaders).contains(street, district).doesNotContain(elsewhere);
		assertThat(leaders.indexOf(street)).isLessThan(leaders.indexOf(district));
		assertThat(actors.withRole(Role.LEADER, "340602002")).contains(district).doesNotContain(street);
		assertThat(actors.withRole(Role.DISPATCHER, "340602001")).doesNotContain(street, district);
	}

	@Test
	void leavesDeactivatedUsersOutOfRoleSearchesButStillFindsThemById() {
		Actor gone = users.ensure(NewUser.staff("t-leader-gone", "离任领导", TestUsers.PASSWORD, "340621", Role.LEADER));
		administration.deactivate(gone.userId());

		assertThat(actors.withRole(Role.LEADER, "340621100")).doesNotContain(gone);
		assertThat(actors.byId(gone.userId())).contains(gone);
		assertThat(actors.byUsername("T-Leader-Gone")).contains(gone);
		assertThat(actors.byId(-1)).isEmpty();
	}

	@Test
	void findsTheInspectorsOfAGridAndTheHandlersDepartment() {
		var centre = regions.locate(new GeoPoint(33.955, 116.798)).orElseThrow();
		String grid = centre.grid().orElseThrow().code();
		String community = centre.community().orElseThrow().code();
		Actor inspector = users.ensure(NewUser.staff("t-inspector-centre", "中心网格员", TestUsers.PASSWORD, community,
				Role.INSPECTOR).withGrids(Set.of(grid)));
		assertThat(actors.inspectorsOf(grid)).contains(inspector);
		assertThat(actors.withRole(Role.INSPECTOR, grid)).contains(inspector);

		Actor handler = users.ensure(NewUser.staff("t-handler-landscape", "园林处处置员", TestUsers.PASSWORD, "3406",
				Role.HANDLER).withDepartment("landscape"));
		assertThat(handler.departmentCode()).isEqualTo("LANDSCAPE");
		assertThat(handler.covers(grid)).isTrue();
	}

	@Test
	void outsideARequestNobodyIsSignedIn() {
		assertThat(actors.current()).isEmpty();
		assertThatExceptionOfType(UnauthenticatedException.class).isThrownBy(actors::require)
			.withMessageContaining("Bearer");
	}

	@Test
	void aUserMayHoldSeveralRoles() {
		Actor both = users.ensure(new NewUser("t-dispatch-lead", "派遣兼值班长", TestUsers.PASSWORD, null,
				Set.of(Role.DISPATCHER, Role.SHIFT_LEADER), "340602", null, null));
		assertThat(both.has(Role.DISPATCHER)).isTrue();
		assertThat(both.has(Role.SHIFT_LEADER)).isTrue();
		assertThat(actors.withRole(Role.SHIFT_LEADER, "340602001001")).contains(both);
		assertThat(actors.withRole(Role.DISPATCHER, "340602001001")).contains(both);
	}
}
