package org.chengguan.cases.web.mobile;

import org.springframework.http.HttpStatus;

/**
 * Why a report or a photo was not taken, said in the page's language next to the part of the form concerned.
 *
 * @param field the part of the form: {@code category}, {@code description}, {@code location}, {@code photos},
 *        {@code afterPhotos}; null for the form as a whole
 * @param messageKey the message in the {@code i18n/mobile} bundle
 */
class Refusal extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	Refusal(HttpStatus status, String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	HttpStatus status() {
		return status;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

	/** The JSON the page's script reads: where to show the message, the message, and whether the key was spent. */
	record Answer(String field, String message, boolean conflict) {
	}
}
