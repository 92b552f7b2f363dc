package org.chengguan.identity;

/**
 * Delivers a one-time sign-in code (短信验证码) to a phone. One bean; an SMS gateway replaces the default, which only
 * logs the code (see {@code identity.codes.LoggingCodeSender}).
 */
public interface OneTimeCodeSender {

	/**
	 * Sends {@code code} to {@code phone}; called once per code, after the code is stored.
	 *
	 * @param phone a mainland mobile number, 11 digits
	 * @param code 6 digits
	 */
	void send(String phone, String code);
}
