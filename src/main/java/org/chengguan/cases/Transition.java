package org.chengguan.cases;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happened to a case, as the audit trail keeps it for ever: who, in which role, when, from which
 * status to which, why, with which photos, and the deadline in force afterwards.
 */
public record Transition(Action action, CaseStatus from, CaseStatus to, Instant at, Performer by, String comment,
		List<String> attachments, Stage stage, Instant deadline, String detail) {

	public Transition {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}
}
