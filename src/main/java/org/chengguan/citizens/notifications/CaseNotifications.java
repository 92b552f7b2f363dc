package org.chengguan.citizens.notifications;

import java.util.Objects;
import java.util.Set;

import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseTransitioned;
import org.chengguan.cases.Channel;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Department;
import org.chengguan.citizens.NotificationKind;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the citizens who follow a case (its reporter and the reporters of its duplicates) what happened to it. A
 * plain, synchronous listener: the outbox rows are written in the transaction that stores the transition, so they
 * commit with it or not at all. Followers who are not citizens (an inspector's own report) are not told.
 */
@Component
class CaseNotifications {

	/** Reads cases on the module's own behalf; the cases module does not restrict {@code get} by actor. */
	private static final Actor SYSTEM = new Actor(0, "citizens", "市民服务", Set.of(), null, null, Set.of());

	private final CaseManagement cases;

	private final Actors actors;

	private final CatalogueManagement catalogue;

	private final MessageTemplates templates;

	private final NotificationDelivery delivery;

	CaseNotifications(CaseManagement cases, Actors actors, CatalogueManagement catalogue, MessageTemplates templates,
			NotificationDelivery delivery) {
		this.cases = cases;
		this.actors = actors;
		this.catalogue = catalogue;
		this.templates = templates;
		this.delivery = delivery;
	}

	@EventListener
	void on(CaseTransitioned transition) {
		if (!NotificationRules.mayNotify(transition.action())) {
			return;
		}
		for (long follower : cases.followersOf(transition.caseId())) {
			boolean isReporter = Objects.equals(transition.reporterId(), follower);
			NotificationRules.kindFor(transition, isReporter)
				.filter(kind -> isReporter && transition.channel() == Channel.CITIZEN_APP || isCitizen(follower))
				.ifPresent(kind -> delivery.enqueue(new NotificationDraft(follower, kind, transition.caseId(),
						transition.number(), templates.render(kind, transition.number(), detail(kind, transition)))));
		}
	}

	/**
	 * Whether the follower is a citizen, from their account. (The reporter of an app report needs no look-up: the
	 * cases module takes reports on CITIZEN_APP from citizens only.)
	 */
	private boolean isCitizen(long userId) {
		return actors.byId(userId).map(Actor::isCitizen).orElse(false);
	}

	/** What the kind's text adds to the case number. */
	private String detail(NotificationKind kind, CaseTransitioned t) {
		return switch (kind) {
			case VOIDED -> t.comment() == null ? "" : t.comment();
			case DISPATCHED -> catalogue.department(t.leadDepartment()).map(Department::name).orElse(t.leadDepartment());
			case DUPLICATE -> {
				Long master = cases.get(SYSTEM, t.caseId()).masterCaseId();
				yield master == null ? "" : cases.number(master);
			}
			default -> "";
		};
	}
}
