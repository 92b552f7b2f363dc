package org.chengguan.platform;

/** The signed-in user's role or region scope does not allow this: a 403 problem saying which rule refused. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
