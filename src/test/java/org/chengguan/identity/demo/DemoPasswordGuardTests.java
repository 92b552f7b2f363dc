package org.chengguan.identity.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.chengguan.identity.Role;
import org.chengguan.identity.internal.LoginState;
import org.chengguan.identity.internal.UserAccount;
import org.chengguan.identity.internal.UserAccounts;
import org.chengguan.platform.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class DemoPasswordGuardTests {

	final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

	@Test
	void refusesAProductionStartWhileADemoAccountHasTheDemoPassword() {
		var guard = new DemoPasswordGuard(DemoData.fixed(false), store(account("admin", DemoUsers.PASSWORD)), encoder);
		assertThatIllegalStateException().isThrownBy(guard::check)
			.withMessageContaining("Refusing to start")
			.withMessageContaining("[admin]")
			.withMessageContaining("demo-2026");
	}

	@Test
	void letsADemoStartKeepTheDemoPasswords() {
		var guard = new DemoPasswordGuard(DemoData.fixed(true), store(account("admin", DemoUsers.PASSWORD)), encoder);
		assertThatCode(guard::check).doesNotThrowAnyException();
	}

	@Test
	void letsAProductionStartWhenTheDemoNamesHaveOtherPasswords() {
		var guard = new DemoPasswordGuard(DemoData.fixed(false), store(account("admin", "a-real-secret-77")), encoder);
		assertThatCode(guard::check).doesNotThrowAnyException();
	}

	private UserAccounts store(UserAccount... accounts) {
		UserAccounts store = mock(UserAccounts.class);
		when(store.activeDemoCandidates(any())).thenReturn(List.of(accounts));
		return store;
	}

	private UserAccount account(String username, String password) {
		Instant now = Instant.parse("2026-03-02T01:00:00Z");
		return new UserAccount(1, username, username, encoder.encode(password), null, Set.of(Role.ADMIN), "3406", null,
				Set.of(), true, true, LoginState.CLEAR, now, now, 0);
	}
}
