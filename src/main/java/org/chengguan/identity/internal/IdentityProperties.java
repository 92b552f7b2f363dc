package org.chengguan.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and token settings ({@code chengguan.identity.*}), checked at start-up.
 *
 * @param tokenLifetime how long a bearer token is valid after sign-in
 * @param passwordStrength bcrypt's log2 rounds for new password hashes (4–31; each step doubles the cost)
 * @param lockout when repeated password failures lock an account
 * @param oneTimeCode the phone sign-in codes (短信验证码)
 */
@ConfigurationProperties("chengguan.identity")
public record IdentityProperties(@DefaultValue("PT12H") Duration tokenLifetime, @DefaultValue("10") int passwordStrength,
		@DefaultValue Lockout lockout, @DefaultValue OneTimeCode oneTimeCode) {

	public IdentityProperties {
		requirePositive("token-lifetime", tokenLifetime);
		if (passwordStrength < 4 || passwordStrength > 31) {
			throw new IllegalArgumentException(
					"chengguan.identity.password-strength must be within 4..31, was " + passwordStrength);
		}
	}

	/**
	 * @param maxFailures consecutive failed passwords that lock the account
	 * @param duration how long the account then stays locked (an administrator may unlock it sooner)
	 */
	public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("PT15M") Duration duration) {

		public Lockout {
			if (maxFailures < 1) {
				throw new IllegalArgumentException(
						"chengguan.identity.lockout.max-failures must be at least 1, was " + maxFailures);
			}
			requirePositive("lockout.duration", duration);
		}
	}

	/**
	 * @param lifetime how long a code stays valid
	 * @param maxTries wrong entries a code survives; after them even the right code is refused
	 * @param resendAfter how long a phone waits before it may be sent another code
	 */
	public record OneTimeCode(@DefaultValue("PT5M") Duration lifetime, @DefaultValue("5") int maxTries,
			@DefaultValue("PT60S") Duration resendAfter) {

		public OneTimeCode {
			requirePositive("one-time-code.lifetime", lifetime);
			requirePositive("one-time-code.resend-after", resendAfter);
			if (maxTries < 1) {
				throw new IllegalArgumentException(
						"chengguan.identity.one-time-code.max-tries must be at least 1, was " + maxTries);
			}
		}
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("chengguan.identity." + name + " must be a positive duration, was " + value);
		}
	}
}
