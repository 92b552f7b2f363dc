package org.chengguan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.chengguan.identity.internal.OneTimeCodePolicy.Rejection;
import org.junit.jupiter.api.Test;

class OneTimeCodePolicyTests {

	static final Instant SENT = Instant.parse("2026-03-02T01:00:00Z");

	final OneTimeCodePolicy policy = new OneTimeCodePolicy(Duration.ofMinutes(5), 5, Duration.ofSeconds(60));

	@Test
	void acceptsTheRightCodeWithinFiveMinutes() {
		assertThat(policy.rejection(code("123456", 0, null), "123456", SENT.plusSeconds(299))).isEmpty();
	}

	@Test
	void refusesAWrongCode() {
		assertThat(policy.rejection(code("123456", 0, null), "654321", SENT)).contains(Rejection.WRONG);
	}

	@Test
	void refusesTheRightCodeOnceItExpired() {
		assertThat(policy.rejection(code("123456", 0, null), "123456", SENT.plus(Duration.ofMinutes(5))))
			.contains(Rejection.EXPIRED);
	}

	@Test
	void refusesEvenTheRightCodeAfterFiveWrongTries() {
		assertThat(policy.rejection(code("123456", 4, null), "123456", SENT)).isEmpty();
		assertThat(policy.rejection(code("123456", 5, null), "123456", SENT)).contains(Rejection.TOO_MANY_TRIES);
	}

	@Test
	void refusesACodeUsedBefore() {
		assertThat(policy.rejection(code("123456", 0, SENT.plusSeconds(10)), "123456", SENT.plusSeconds(20)))
			.contains(Rejection.USED);
	}

	@Test
	void refusesWhenNoCodeWasSent() {
		assertThat(policy.rejection(Optional.empty(), "123456", SENT)).contains(Rejection.NONE_SENT);
	}

	@Test
	void aPhoneWaitsSixtySecondsForAnotherCode() {
		assertThat(policy.waitBeforeResend(SENT, SENT.plusSeconds(15))).contains(Duration.ofSeconds(45));
		assertThat(policy.waitBeforeResend(SENT, SENT.plusSeconds(60))).isEmpty();
	}

	@Test
	void newCodesAreSixDigits() {
		for (int i = 0; i < 100; i++) {
			assertThat(OneTimeCodes.newCode()).matches("\\d{6}");
		}
	}

	private Optional<StoredCode> code(String code, int tries, Instant usedAt) {
		byte[] salt = { 1, 2, 3 };
		return Optional.of(new StoredCode("13800000001", StoredCode.hash(salt, code), salt, SENT,
				policy.expiresAt(SENT), tries, usedAt));
	}
}
