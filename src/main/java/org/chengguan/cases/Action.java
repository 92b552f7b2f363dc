package org.chengguan.cases;

import java.util.Arrays;
import java.util.Optional;

/** What can happen to a case; {@link #path()} is its name in {@code POST /api/v1/cases/{id}/{action}}. */
public enum Action {
	REPORT("report"),
	SELF_HANDLE("self-handle"),
	VERIFY("verify"),
	FILE("file"),
	VOID("void"),
	DISPATCH("dispatch"),
	REQUEST_RETURN("request-return"),
	APPROVE_RETURN("approve-return"),
	REQUEST_EXTENSION("request-extension"),
	APPROVE_EXTENSION("approve-extension"),
	REQUEST_SHELVING("request-shelving"),
	APPROVE_SHELVING("approve-shelving"),
	HANDLE("handle"),
	CHECK_PASS("check-pass"),
	CHECK_FAIL("check-fail"),
	CLOSE("close"),
	FEEDBACK("feedback"),
	URGE("urge"),
	SUPERVISE("supervise"),
	LINK_DUPLICATE("link-duplicate"),
	UNLINK_DUPLICATE("unlink-duplicate"),
	/** the deadline timers' marks and escalation, done by the system */
	WARN("warn");

	private final String path;

	Action(String path) {
		this.path = path;
	}

	public String path() {
		return path;
	}

	public static Optional<Action> ofPath(String path) {
		return Arrays.stream(values()).filter(a -> a.path.equals(path) && a != REPORT && a != WARN).findFirst();
	}
}
