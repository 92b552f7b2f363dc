package org.chengguan.cases;

/** Who did something to a case, as the audit trail records it: the user and the role they acted in. */
public record Performer(long userId, String role) {

	/** The platform itself (timers, automatic dispatch). */
	public static final Performer SYSTEM = new Performer(0, "SYSTEM");
}
