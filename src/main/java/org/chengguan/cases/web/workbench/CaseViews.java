package org.chengguan.cases.web.workbench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chengguan.cases.Action;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseSubjects;
import org.chengguan.cases.Transition;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the case page's model and the queues' rows from the cases module's API, as the viewer may see them. */
@Component
class CaseViews {

	private final CaseManagement cases;

	private final Names names;

	private final Actors actors;

	private final MessageSource messages;

	private final Clock clock;

	CaseViews(CaseManagement cases, Names names, Actors actors, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.names = names;
		this.actors = actors;
		this.messages = messages;
		this.clock = clock;
	}

	/** Rows for a list of cases, each with the actions the viewer may take on it now. */
	List<CaseRow> rows(Actor viewer, List<Case> list, Names.Lookup lookup) {
		Instant now = clock.instant();
		return list.stream().map(c -> CaseRow.of(c, lookup, now, cases.availableActions(viewer, c))).toList();
	}

	CaseView view(Actor viewer, Case c, Locale locale) {
		Names.Lookup lookup = names.lookup(locale);
		boolean full = cases.seesInFull(viewer, c);
		var where = new CaseView.Where(c.location().lat(), c.location().lon(), lookup.region(c.region().districtCode()),
				lookup.region(c.region().streetCode()), lookup.region(c.region().communityCode()), c.region().gridCode(),
				c.region().communityCode(), c.region().streetCode());
		CaseView.Master master = master(viewer, c);
		CaseView.About about = c.subject() == null ? null
				: new CaseView.About(c.subject().kind(), c.subject().reference(),
						cases.subject(c.subject()).map(CaseSubjects.Subject::name).orElse(null));
		if (!full) {
			return new CaseView(c.id(), c.number(), c.version(), false, c.status(), c.categoryCode(),
					lookup.category(c.categoryCode()), null, where, Countdown.format(c.reportedAt()), null, null, null,
					null, null, new CaseView.Photos(List.of(), List.of(), List.of()), List.of(), List.of(), master,
					about);
		}
		List<Transition> trail = cases.timeline(viewer, c.id());
		return new CaseView(c.id(), c.number(), c.version(), true, c.status(), c.categoryCode(),
				lookup.category(c.categoryCode()), c.description(), where, Countdown.format(c.reportedAt()), c.channel(),
				c.clock().stage(), Countdown.of(c.clock(), clock.instant()), handling(c, lookup), people(viewer, c),
				photos(trail), timeline(viewer, trail, new TimelineWording(messages, locale, lookup)),
				mainFirst(cases.availableActions(viewer, c)), master, about);
	}

	/** The actions in the order the page offers them: what moves the case on first, reminders last. */
	static List<Action> mainFirst(List<Action> actions) {
		return actions.stream()
			.sorted(Comparator.comparingInt(a -> a == Action.URGE || a == Action.SUPERVISE ? 1 : 0))
			.toList();
	}

	private CaseView.Master master(Actor viewer, Case c) {
		if (c.masterCaseId() == null) {
			return null;
		}
		try {
			Case m = cases.get(viewer, c.masterCaseId());
			return new CaseView.Master(m.id(), m.number(), m.status());
		}
		catch (NotFoundException e) {
			return null;
		}
	}

	private static CaseView.Handling handling(Case c, Names.Lookup lookup) {
		var counters = c.counters();
		var extension = c.requestedExtension();
		return new CaseView.Handling(c.proposedDepartment(), lookup.department(c.proposedDepartment()),
				lookup.department(c.leadDepartment()), lookup.departments(c.assistingDepartments()), c.communityTeam(),
				c.pendingRequest(), extension == null ? null : extension.amount().toPlainString(),
				extension == null ? null : extension.unit().name(), c.supervised(), counters.rework(), counters.returns(),
				counters.extensions(), counters.reopens(), counters.urge(), c.satisfaction(),
				Countdown.format(c.closedAt()));
	}

	/** The reporter's name and the hotline caller's phone: the phone in full only to the operators, who call back. */
	private CaseView.People people(Actor viewer, Case c) {
		boolean own = c.reporterId() != null && c.reporterId() == viewer.userId();
		String reporter = c.reporterId() == null ? null
				: actors.byId(c.reporterId()).map(Actor::displayName).orElse(null);
		String name = c.contact() == null ? null : c.contact().name();
		String phone = c.contact() == null ? null : c.contact().phone();
		boolean callsBack = viewer.has(Role.OPERATOR);
		return new CaseView.People(reporter, own, name, callsBack ? phone : masked(phone));
	}

	private static CaseView.Photos photos(List<Transition> trail) {
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		List<String> check = new ArrayList<>();
		for (Transition t : trail) {
			switch (t.action()) {
				case REPORT, SELF_HANDLE -> before.addAll(t.attachments());
				case HANDLE -> after.addAll(t.attachments());
				case CHECK_PASS, CHECK_FAIL -> check.addAll(t.attachments());
				default -> {
				}
			}
		}
		return new CaseView.Photos(List.copyOf(before), List.copyOf(after), List.copyOf(check));
	}

	/** The trail oldest first; a citizen is not shown the timers' internal marks. */
	private List<CaseView.Entry> timeline(Actor viewer, List<Transition> trail, TimelineWording wording) {
		boolean citizen = viewer.isCitizen() && viewer.roles().size() == 1;
		Map<Long, String> who = new HashMap<>();
		List<CaseView.Entry> entries = new ArrayList<>();
		for (Transition t : trail) {
			if (citizen && t.action() == Action.WARN) {
				continue;
			}
			long id = t.by().userId();
			String name = id == 0 ? null : who.computeIfAbsent(id,
					key -> actors.byId(key).map(Actor::displayName).orElse(null));
			entries.add(new CaseView.Entry(Countdown.format(t.at()), t.by().role(), name, t.action(), t.from(), t.to(),
					t.comment(), wording.detail(t), t.attachments()));
		}
		return entries;
	}

	private static String masked(String phone) {
		if (phone == null) {
			return null;
		}
		return phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}
}
