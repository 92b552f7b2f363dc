package org.chengguan.platform;

/** An upload over its size limit: a 413 problem. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(String message) {
		super(message);
	}
}
