package org.chengguan.engagement;

import java.util.ArrayList;
import java.util.List;

/**
 * What a hotline call and an answer-back must carry, each rule giving its fault as {@code "field: rule"} (the API
 * lists them all in one 400; pages name the field in words). Nothing is read or written here.
 */
final class CallRules {

	static final int MAX_TEXT = 4000;

	static final int MAX_ATTEMPTS = 20;

	private CallRules() {
	}

	/** Every fault of a call as typed; empty when it may be registered. */
	static List<String> faults(NewCall call) {
		List<String> faults = new ArrayList<>();
		if (call.kind() == null) {
			faults.add("kind: COMPLAINT, SUGGESTION or CONSULTATION");
		}
		if (CallerPhones.normalise(call.callerPhone()) == null) {
			faults.add("callerPhone: a mobile (13800000001) or a landline with its area code (0561-3123456)");
		}
		if (call.callerName() != null && call.callerName().strip().length() > 50) {
			faults.add("callerName: at most 50 characters");
		}
		if (call.content() == null || call.content().isBlank() || call.content().strip().length() > MAX_TEXT) {
			faults.add("content: what the caller said, 1–" + MAX_TEXT + " characters");
		}
		if (call.kind() == CallKind.CONSULTATION && (call.answer() == null || call.answer().isBlank())) {
			faults.add("answer: a consultation is answered on the spot; say what was answered");
		}
		if (call.answer() != null && call.answer().strip().length() > MAX_TEXT) {
			faults.add("answer: at most " + MAX_TEXT + " characters");
		}
		if (call.kind() == CallKind.COMPLAINT && (call.categoryCode() == null || call.lat() == null || call.lon() == null)) {
			faults.add("categoryCode, lat and lon: a complaint becomes a case and needs what and where");
		}
		return faults;
	}

	/** Every fault of an answer-back's result; empty when it may be logged. */
	static List<String> faults(NewAnswerBack result) {
		List<String> faults = new ArrayList<>();
		if (result.reached() == null) {
			faults.add("reached: true or false");
		}
		int attempts = result.attempts() == null ? 1 : result.attempts();
		if (attempts < 1 || attempts > MAX_ATTEMPTS) {
			faults.add("attempts: 1 to " + MAX_ATTEMPTS + ", was " + attempts);
		}
		if (Boolean.FALSE.equals(result.reached()) && result.satisfaction() != null) {
			faults.add("satisfaction: only a caller who was reached gives one");
		}
		if (result.comment() != null && result.comment().length() > 1000) {
			faults.add("comment: at most 1000 characters");
		}
		return faults;
	}
}
