package org.chengguan.platform;

/** Content of a kind the endpoint does not take (bytes that are not an image, whatever their name says): a 415. */
public class UnsupportedContentException extends RuntimeException {

	public UnsupportedContentException(String message) {
		super(message);
	}
}
