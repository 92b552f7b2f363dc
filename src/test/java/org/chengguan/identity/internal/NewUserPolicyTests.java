package org.chengguan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionLevel;
import org.junit.jupiter.api.Test;

class NewUserPolicyTests {

	static final Map<String, Region> REGIONS = Map.of(
			"3406", new Region("3406", RegionLevel.CITY, "淮北市", null),
			"340603", new Region("340603", RegionLevel.DISTRICT, "相山区", "3406"),
			"340603001", new Region("340603001", RegionLevel.STREET, "甲街道", "340603"),
			"340603001001", new Region("340603001001", RegionLevel.COMMUNITY, "甲社区", "340603001"),
			"340603001001001", new Region("340603001001001", RegionLevel.GRID, "甲社区1号网格", "340603001001"),
			"340603001002", new Region("340603001002", RegionLevel.COMMUNITY, "乙社区", "340603001"),
			"340603001002001", new Region("340603001002001", RegionLevel.GRID, "乙社区1号网格", "340603001002"));

	final NewUserPolicy policy = new NewUserPolicy(code -> Optional.ofNullable(REGIONS.get(code)),
			Set.of("SANITATION", "LANDSCAPE")::contains);

	@Test
	void acceptsStaffScopedToAnExistingRegion() {
		assertThat(policy.rejections(NewUser.staff("t-op", "受理员", "secret-2026", "340603", Role.OPERATOR))).isEmpty();
		assertThat(policy.rejections(NewUser.staff("t-leader", "领导", "secret-2026", "3406", Role.LEADER))).isEmpty();
	}

	@Test
	void acceptsAnInspectorWithGridsInsideTheScopeAndAHandlerWithADepartment() {
		assertThat(policy.rejections(NewUser.staff("t-in", "网格员", "secret-2026", "340603001001", Role.INSPECTOR)
			.withGrids(Set.of("340603001001001")))).isEmpty();
		assertThat(policy.rejections(NewUser.staff("t-h", "处置员", "secret-2026", "3406", Role.HANDLER)
			.withDepartment("SANITATION"))).isEmpty();
	}

	@Test
	void refusesAScopeThatIsNoRegion() {
		assertThat(policy.rejections(NewUser.staff("t-op", "受理员", "secret-2026", "340699", Role.OPERATOR)))
			.containsExactly("scope: no region has the code '340699'");
	}

	@Test
	void refusesStaffWithoutAScopeAndAGridAsAScope() {
		assertThat(policy.rejections(NewUser.staff("t-op", "受理员", "secret-2026", null, Role.OPERATOR)))
			.singleElement().asString().startsWith("scope: staff need a region scope");
		assertThat(policy.rejections(NewUser.staff("t-op", "受理员", "secret-2026", "340603001001001", Role.OPERATOR)))
			.singleElement().asString().contains("is a unit grid");
	}

	@Test
	void refusesAHandlerWithoutADepartmentOrWithAnUnknownOne() {
		assertThat(policy.rejections(NewUser.staff("t-h", "处置员", "secret-2026", "3406", Role.HANDLER)))
			.singleElement().asString().startsWith("department: a HANDLER");
		assertThat(policy.rejections(NewUser.staff("t-h", "处置员", "secret-2026", "3406", Role.HANDLER)
			.withDepartment("NO_SUCH"))).containsExactly("department: no department has the code 'NO_SUCH'");
	}

	@Test
	void refusesAGridOutsideTheScopeAndAnUnknownGrid() {
		var inspector = NewUser.staff("t-in", "网格员", "secret-2026", "340603001001", Role.INSPECTOR)
			.withGrids(Set.of("340603001002001", "340603001001999"));
		assertThat(policy.rejections(inspector)).containsExactlyInAnyOrder(
				"grids: grid 340603001002001 lies outside the scope 340603001001",
				"grids: no unit grid has the code '340603001001999'");
	}

	@Test
	void refusesAnInspectorWithoutGridsAndGridsForOtherRoles() {
		assertThat(policy.rejections(NewUser.staff("t-in", "网格员", "secret-2026", "340603001001", Role.INSPECTOR)))
			.singleElement().asString().startsWith("grids: an INSPECTOR");
		assertThat(policy.rejections(NewUser.staff("t-o", "队员", "secret-2026", "340603001001", Role.OFFICER)
			.withGrids(Set.of("340603001001001")))).singleElement().asString().startsWith("grids: only inspectors");
	}

	@Test
	void refusesAnEmptyRoleSetAndCitizensMixedWithStaff() {
		assertThat(policy.rejections(new NewUser("t-x", "某人", "secret-2026", null, Set.of(), null, null, null)))
			.singleElement().asString().startsWith("roles: at least one");
		assertThat(policy.rejections(new NewUser("t-x", "某人", "secret-2026", null, Set.of(Role.CITIZEN, Role.OPERATOR),
				null, null, null))).anyMatch(e -> e.startsWith("roles: CITIZEN cannot be combined"));
	}

	@Test
	void refusesACitizenWithAScope() {
		assertThat(policy.rejections(new NewUser("t-c", "市民", "secret-2026", null, Set.of(Role.CITIZEN), "340603", null,
				null))).containsExactly("scope: citizens have no region scope");
	}

	@Test
	void acceptsACitizenWithOnlyAPhoneButStaffNeedAPassword() {
		assertThat(policy.rejections(NewUser.citizen("t-c", "市民", null, "13912345678"))).isEmpty();
		assertThat(policy.rejections(NewUser.citizen("t-c", "市民", null, null)))
			.singleElement().asString().startsWith("password: required unless");
		assertThat(policy.rejections(NewUser.staff("t-op", "受理员", null, "340603", Role.OPERATOR)))
			.singleElement().asString().startsWith("password: staff sign in by password");
	}

	@Test
	void refusesBadUsernamesShortPasswordsAndBadPhonesAllAtOnce() {
		var user = new NewUser("A b", "", "short", "12345", Set.of(Role.OPERATOR), "340603", null, null);
		assertThat(policy.rejections(user)).hasSize(4)
			.anyMatch(e -> e.startsWith("username:"))
			.anyMatch(e -> e.startsWith("displayName:"))
			.anyMatch(e -> e.startsWith("phone:"))
			.anyMatch(e -> e.equals("password: at least 8 characters"));
	}

	@Test
	void registrationFoldsUsernamesToLowerCaseAndTrimsCodes() {
		var normalised = UserRegistration.normalise(new NewUser(" T-Admin ", " 管理员 ", "secret-2026", "138 0000 0009",
				Set.of(Role.HANDLER), " 3406 ", " sanitation ", Set.of()));
		assertThat(normalised.username()).isEqualTo("t-admin");
		assertThat(normalised.displayName()).isEqualTo("管理员");
		assertThat(normalised.phone()).isEqualTo("13800000009");
		assertThat(normalised.scopeRegionCode()).isEqualTo("3406");
		assertThat(normalised.departmentCode()).isEqualTo("SANITATION");
	}
}
