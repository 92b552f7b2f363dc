package org.chengguan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.identity.internal.LoginState;
import org.chengguan.identity.internal.UserAccount;
import org.junit.jupiter.api.Test;

class UserResponseTests {

	static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

	final UserAccount officer = new UserAccount(5, "officer", "队员", "$2a$hash", "13800000005", Set.of(Role.OFFICER),
			"340603001006", null, Set.of(), true, false, new LoginState(2, NOW.minusSeconds(1)), NOW, NOW, 3);

	@Test
	void showsThePhoneInFullToTheUserThemselfAndToAdministrators() {
		assertThat(UserResponse.of(officer, actor(5, Role.OFFICER), NOW).phone()).isEqualTo("13800000005");
		assertThat(UserResponse.of(officer, actor(1, Role.ADMIN), NOW).phone()).isEqualTo("13800000005");
	}

	@Test
	void masksThePhoneForEveryoneElse() {
		assertThat(UserResponse.of(officer, actor(9, Role.LEADER), NOW).phone()).isEqualTo("138****0005");
	}

	@Test
	void showsALockOnlyWhileItLasts() {
		assertThat(UserResponse.of(officer, actor(1, Role.ADMIN), NOW).lockedUntil()).isNull();
		assertThat(UserResponse.of(officer, actor(1, Role.ADMIN), NOW.minusSeconds(2)).lockedUntil())
			.isEqualTo(NOW.minusSeconds(1));
	}

	private static Actor actor(long id, Role role) {
		return new Actor(id, "viewer", "看的人", Set.of(role), "3406", null, Set.of());
	}
}
