package org.chengguan.platform;

/** A named thing does not exist: answered as a 404 problem whose detail is this message. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
