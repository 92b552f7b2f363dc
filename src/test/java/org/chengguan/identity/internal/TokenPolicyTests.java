package org.chengguan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.chengguan.identity.Role;
import org.junit.jupiter.api.Test;

class TokenPolicyTests {

	static final Instant ISSUED = Instant.parse("2026-03-02T01:00:00Z");

	final TokenPolicy policy = new TokenPolicy(Duration.ofHours(12));

	@Test
	void aTokenExpiresTwelveHoursAfterIssueByDefault() {
		assertThat(policy.expiresAt(ISSUED)).isEqualTo(Instant.parse("2026-03-02T13:00:00Z"));
	}

	@Test
	void aTokenSignsInUntilItsExpiryAndNotAtIt() {
		var token = token(null, true);
		assertThat(policy.rejection(token, ISSUED.plus(Duration.ofHours(12)).minusMillis(1))).isEmpty();
		assertThat(policy.rejection(token, ISSUED.plus(Duration.ofHours(12))))
			.hasValueSatisfying(reason -> assertThat(reason).contains("expired at 2026-03-02T13:00:00Z"));
	}

	@Test
	void aRevokedTokenIsRefusedSayingWhen() {
		var token = token(ISSUED.plusSeconds(60), true);
		assertThat(policy.rejection(token, ISSUED.plusSeconds(120)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("revoked").contains("2026-03-02T01:01:00Z"));
	}

	@Test
	void aTokenOfADeactivatedAccountIsRefused() {
		assertThat(policy.rejection(token(null, false), ISSUED.plusSeconds(1)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("deactivated"));
	}

	private StoredToken token(Instant revokedAt, boolean active) {
		var account = new UserAccount(1, "t-token", "令牌", null, null, Set.of(Role.OPERATOR), "340603", null, Set.of(),
				active, false, LoginState.CLEAR, ISSUED, ISSUED, 0);
		return new StoredToken(new byte[32], ISSUED, policy.expiresAt(ISSUED), revokedAt, account);
	}
}
