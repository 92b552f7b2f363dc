package org.chengguan.cases.web.workbench;

import java.util.EnumSet;
import java.util.Set;

import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.QueueCounts;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;

/** The command centre's queues, one per stage that waits for someone, and the overdue cases across stages. */
enum Queue {

	/** 待核实 */
	TO_VERIFY(CaseStatus.REPORTED),
	/** 待立案 */
	TO_FILE(CaseStatus.VERIFIED),
	/** 待派遣 */
	TO_DISPATCH(CaseStatus.FILED),
	/** 处置中 */
	HANDLING(CaseStatus.DISPATCHED),
	/** 待审批: return, extension and shelving requests waiting for the dispatcher */
	REQUESTS(),
	/** 待核查 */
	TO_CHECK(CaseStatus.HANDLED),
	/** 待结案 */
	TO_CLOSE(CaseStatus.CHECKED),
	/** 挂账 */
	SHELVED(CaseStatus.SHELVED),
	/** 超期: every case past its stage's deadline */
	OVERDUE();

	private final Set<CaseStatus> statuses;

	Queue(CaseStatus... statuses) {
		this.statuses = statuses.length == 0 ? Set.of() : EnumSet.of(statuses[0], statuses);
	}

	Set<CaseStatus> statuses() {
		return statuses;
	}

	long count(QueueCounts counts) {
		return switch (this) {
			case REQUESTS -> counts.pendingRequests();
			case OVERDUE -> counts.overdue();
			default -> statuses.stream().mapToLong(counts::of).sum();
		};
	}

	/** The queue a user starts at: the one their role works on. */
	static Queue startFor(Actor actor) {
		if (actor.has(Role.DISPATCHER)) {
			return TO_DISPATCH;
		}
		if (actor.has(Role.SHIFT_LEADER)) {
			return TO_FILE;
		}
		if (actor.has(Role.OPERATOR)) {
			return TO_VERIFY;
		}
		return OVERDUE;
	}

	static Queue parse(String name, Actor actor) {
		for (Queue q : values()) {
			if (q.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
				return q;
			}
		}
		return startFor(actor);
	}
}
