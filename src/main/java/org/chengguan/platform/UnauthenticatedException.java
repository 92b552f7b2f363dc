package org.chengguan.platform;

/** The request needs a signed-in user and has none (or an expired or unknown token): a 401 problem. */
public class UnauthenticatedException extends RuntimeException {

	public UnauthenticatedException(String message) {
		super(message);
	}
}
