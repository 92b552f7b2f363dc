package org.chengguan.platform;

import java.util.List;

/** Content that parsed but cannot be accepted as a whole (an import with invalid features): a 422 problem. */
public class UnprocessableException extends InvalidInputException {

	public UnprocessableException(String message, List<String> errors) {
		super(message, errors);
	}
}
