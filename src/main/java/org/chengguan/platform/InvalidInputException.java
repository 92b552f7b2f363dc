package org.chengguan.platform;

import java.util.List;

/**
 * Input that is well-formed but wrong (a polygon that crosses itself, a code outside its parent): answered as a
 * 4xx problem listing every error found, so a client can fix them all at once.
 */
public class InvalidInputException extends RuntimeException {

	private final List<String> errors;

	public InvalidInputException(String message, List<String> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String message) {
		this(message, List.of());
	}

	public List<String> errors() {
		return errors;
	}
}
