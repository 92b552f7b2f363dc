package org.chengguan.identity.internal;

/** How the user tried to sign in (or out). */
public enum SignInMethod {
	/** username and password */
	PASSWORD,
	/** phone and one-time code (短信验证码) */
	PHONE_CODE,
	/** a bearer token, when signing out */
	TOKEN
}
