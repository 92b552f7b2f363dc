package org.chengguan.cases;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes a case's new transitions as {@link CaseTransitioned}, in the transaction that writes them. */
@Component
class TransitionEvents {

	private final ApplicationEventPublisher events;

	TransitionEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	void publish(Case c, long id) {
		for (Transition t : c.changes()) {
			events.publishEvent(new CaseTransitioned(id, c.number(), t.action(), t.from(), t.to(), t.at(),
					t.by().userId(), t.by().role(), c.categoryCode(), c.region().finest(), c.leadDepartment(), t.stage(),
					t.deadline(), c.reporterId(), t.comment(), c.channel()));
		}
	}
}
