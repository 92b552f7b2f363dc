package org.chengguan.identity.demo;

import java.util.List;

/**
 * The demo users' names and shared password: the loader creates them and the guard refuses a production start while
 * any of them can still sign in with it.
 */
public final class DemoUsers {

	/** The password of every demo user. */
	public static final String PASSWORD = "demo-2026";

	/** Every demo username: one per role scoped around the city centre, and a second set scoped elsewhere. */
	public static final List<String> NAMES = List.of("citizen", "inspector", "operator", "shift-leader", "dispatcher",
			"handler", "officer", "leader", "admin", "citizen-2", "inspector-2", "officer-2", "shift-leader-2",
			"operator-2", "dispatcher-2", "handler-2", "leader-2");

	private DemoUsers() {
	}
}
