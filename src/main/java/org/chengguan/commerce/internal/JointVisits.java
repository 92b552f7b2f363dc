package org.chengguan.commerce.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseSubject;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.commerce.JointInspectionRecorded;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnprocessableException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint inspections done once (综合查一次): one visit to a merchant carries the checks of several bodies; the visit
 * record holds each body's checklist results and photos, and a failed item the inspector marks opens a case about
 * the merchant ({@code merchant:<id>}) through the cases module's intake. The visit, its results, its cases and the
 * {@link JointInspectionRecorded} event are one transaction: all or nothing.
 * <p>
 * The visit interval: the joint team visits a merchant at most once per {@code chengguan.commerce.joint-visit-interval}
 * unless a complaint (a case) demands it. The merchant's row is locked first, so of two officers recording a visit
 * to one merchant at the same moment the second waits, then sees the first visit and is refused.
 */
@Service
public class JointVisits {

	static final int MAX_PHOTOS = 9;

	/** One checked item as the inspector records it. */
	public record ItemResult(String itemCode, Boolean passed, String note, List<String> photoIds, Boolean openCase) {
	}

	/**
	 * A visit as the client records it: a plan (whose bodies' checks it carries) or none, when it took place (now if
	 * null; a visit written up afterwards, within {@value #MAX_LATE_DAYS} days), the results, the complaint that
	 * demands it ({@code case:<id>} or the case id) if any, and a note.
	 */
	public record VisitCommand(Long planId, Instant visitedAt, List<ItemResult> results, String complaint,
			String note) {
	}

	static final int MAX_LATE_DAYS = 30;

	private final MerchantStore merchants;

	private final VisitStore visits;

	private final Checklists checklists;

	private final InspectionPlans plans;

	private final CaseManagement cases;

	private final ApplicationEventPublisher events;

	private final CommerceProperties properties;

	private final Clock clock;

	JointVisits(MerchantStore merchants, VisitStore visits, Checklists checklists, InspectionPlans plans,
			CaseManagement cases, ApplicationEventPublisher events, CommerceProperties properties, Clock clock) {
		this.merchants = merchants;
		this.visits = visits;
		this.checklists = checklists;
		this.plans = plans;
		this.cases = cases;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records a visit. 400 for a malformed record, 403 outside the actor's scope (or a case asked by someone who
	 * cannot report on the inspector channel), 404 for no such merchant, 422 for a plan or complaint that does not
	 * fit, 409 when the merchant was visited within the interval and no complaint demands it.
	 */
	@Transactional
	public Visit record(Actor actor, long merchantId, VisitCommand command) {
		Merchant merchant = merchants.lock(merchantId)
			.orElseThrow(() -> new NotFoundException("No merchant has the id " + merchantId + "."));
		CommerceAccess.requireManager(actor, merchant.regionCode());
		Map<String, Checklists.Item> items = checklists.itemsByCode();
		bodiesOf(command, merchant, items);
		if (command.results().stream().anyMatch(r -> !r.passed() && Boolean.TRUE.equals(r.openCase()))) {
			requireInspectorFor(actor);
		}
		Long complaintCase = complaint(actor, command.complaint());
		Instant now = visitedAt(command.visitedAt());
		if (complaintCase == null) {
			visits.nearestVisit(merchantId, now).ifPresent(last -> {
				if (Duration.between(last, now).abs().compareTo(properties.jointVisitInterval()) < 0) {
					Instant next = last.plus(properties.jointVisitInterval());
					throw new ConflictException("the joint team visited this merchant at " + last + "; a routine "
							+ "visit may follow from " + next + " (a visit a complaint demands names its case)",
							Map.of("lastVisitAt", last.toString(), "nextAllowedAt", next.toString()));
				}
			});
		}
		String note = command.note() == null ? "" : command.note().strip();
		long visitId = visits.insert(merchantId, command.planId(), now, actor.userId(),
				complaintCase == null ? null : "case:" + complaintCase, note, merchant.regionCode());
		int failed = 0;
		for (ItemResult r : command.results()) {
			Checklists.Item item = items.get(r.itemCode());
			Long caseId = null;
			if (!r.passed()) {
				failed++;
				if (Boolean.TRUE.equals(r.openCase())) {
					caseId = openCase(actor, merchant, item, r, visitId);
				}
			}
			if (caseId == null && !photos(r).isEmpty()) {
				// photos of a result without a case belong to the visit record: kept, and shown to the region's staff
				cases.keepPhotos(actor, photos(r), CaseSubject.parse(merchant.reference()), merchant.regionCode());
			}
			visits.insertResult(visitId, item, r.passed(), r.note() == null ? "" : r.note().strip(), photos(r), caseId);
		}
		Visit stored = visits.find(visitId).orElseThrow();
		events.publishEvent(new JointInspectionRecorded(visitId, merchantId, merchant.regionCode(), now,
				stored.bodyCodes(), failed));
		return stored;
	}

	public List<Visit> of(Actor actor, long merchantId) {
		Merchant m = merchants.find(merchantId)
			.orElseThrow(() -> new NotFoundException("No merchant has the id " + merchantId + "."));
		CommerceAccess.requireReader(actor, m.regionCode());
		return visits.ofMerchant(merchantId);
	}

	/** The merchant's visits, newest first, for a caller that has checked who may see them. */
	public List<Visit> ofMerchantUnchecked(long merchantId) {
		return visits.ofMerchant(merchantId);
	}

	public Visit get(Actor actor, long visitId) {
		Visit v = visits.find(visitId).orElseThrow(() -> new NotFoundException("No visit has the id " + visitId + "."));
		CommerceAccess.requireReader(actor, v.regionCode());
		return v;
	}

	private Instant visitedAt(Instant given) {
		Instant now = clock.instant();
		if (given == null) {
			return now;
		}
		if (given.isAfter(now.plus(Duration.ofMinutes(5)))) {
			throw new InvalidInputException("visitedAt " + given + " lies in the future");
		}
		if (given.isBefore(now.minus(Duration.ofDays(MAX_LATE_DAYS)))) {
			throw new InvalidInputException("visitedAt " + given + " is more than " + MAX_LATE_DAYS
					+ " days ago: record visits within a month");
		}
		return given;
	}

	private long openCase(Actor actor, Merchant merchant, Checklists.Item item, ItemResult r, long visitId) {
		String description = "综合查一次 · " + checklists.body(item.bodyCode()).map(Checklists.Body::name).orElse("")
				+ "：" + item.name() + " 不合格" + (r.note() == null || r.note().isBlank() ? "" : "。" + r.note().strip())
				+ "（商户：" + merchant.name() + "，" + merchant.address() + "）";
		ReportCommand report = new ReportCommand(item.categoryCode(), description, merchant.location().lat(),
				merchant.location().lon(), "wgs84", Channel.INSPECTOR, photos(r), null, null, false, null,
				merchant.reference());
		Case opened = cases.report(actor, report, "commerce-visit-" + visitId + "-" + item.code()).reported();
		return opened.id();
	}

	private List<String> bodiesOf(VisitCommand command, Merchant merchant, Map<String, Checklists.Item> items) {
		List<String> errors = new ArrayList<>();
		List<ItemResult> results = command.results() == null ? List.of() : command.results();
		if (results.isEmpty()) {
			errors.add("results are required: each checked item with passed true or false");
		}
		Set<String> seen = new LinkedHashSet<>();
		Set<String> bodies = new LinkedHashSet<>();
		for (ItemResult r : results) {
			Checklists.Item item = r.itemCode() == null ? null : items.get(r.itemCode());
			if (item == null) {
				errors.add("itemCode " + r.itemCode() + " is no checklist item (GET /api/v1/commerce/checklists)");
				continue;
			}
			if (!seen.add(item.code())) {
				errors.add("itemCode " + item.code() + " is given twice");
			}
			bodies.add(item.bodyCode());
			if (r.passed() == null) {
				errors.add(item.code() + ": passed is required");
			}
			else if (r.passed() && Boolean.TRUE.equals(r.openCase())) {
				errors.add(item.code() + ": only a failed item opens a case");
			}
			if (r.note() != null && r.note().length() > 500) {
				errors.add(item.code() + ": note has at most 500 characters");
			}
			List<String> photoIds = r.photoIds() == null ? List.of() : r.photoIds();
			if (photoIds.size() > MAX_PHOTOS) {
				errors.add(item.code() + ": at most " + MAX_PHOTOS + " photos");
			}
			photoIds.stream().filter(id -> !isUuid(id))
				.forEach(id -> errors.add(item.code() + ": photo id " + id + " is not an id of POST /api/v1/photos"));
		}
		if (command.note() != null && command.note().length() > 1000) {
			errors.add("note has at most 1000 characters");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		if (command.planId() != null) {
			checkPlan(command.planId(), merchant, bodies,
					LocalDate.ofInstant(visitedAt(command.visitedAt()), Merchants.ZONE));
		}
		return List.copyOf(bodies);
	}

	private void checkPlan(long planId, Merchant merchant, Set<String> bodies, LocalDate today) {
		InspectionPlans.Plan plan = plans.find(planId).orElseThrow(() -> new UnprocessableException(
				"No inspection plan has the id " + planId + ".", List.of("planId " + planId + " does not exist")));
		List<String> errors = new ArrayList<>();
		if (today.isBefore(plan.startsOn()) || today.isAfter(plan.endsOn())) {
			errors.add("the plan runs " + plan.startsOn() + " to " + plan.endsOn() + ", not on " + today);
		}
		if (!merchant.regionCode().startsWith(plan.regionCode())) {
			errors.add("the merchant lies outside the plan's region " + plan.regionCode());
		}
		bodies.stream().filter(b -> !plan.bodyCodes().contains(b))
			.forEach(b -> errors.add("the plan carries no checks of " + b));
		plan.bodyCodes().stream().filter(b -> !bodies.contains(b))
			.forEach(b -> errors.add("the plan's body " + b + " has no result on the visit"));
		if (!errors.isEmpty()) {
			throw new UnprocessableException("The visit does not fit the plan: " + String.join("; ", errors), errors);
		}
	}

	/** The case the complaint names, checked to exist; null for a routine visit. */
	private Long complaint(Actor actor, String reference) {
		if (reference == null || reference.isBlank()) {
			return null;
		}
		String id = reference.strip().startsWith("case:") ? reference.strip().substring(5) : reference.strip();
		if (!id.matches("[1-9][0-9]{0,17}")) {
			throw new InvalidInputException("complaint is the case that demands the visit: case:<id>, was '"
					+ reference + "'");
		}
		long caseId = Long.parseLong(id);
		try {
			cases.get(actor, caseId);
		}
		catch (NotFoundException e) {
			throw new UnprocessableException("The complaint names case " + caseId + ", which does not exist.",
					List.of("complaint case " + caseId + " does not exist"));
		}
		return caseId;
	}

	private static void requireInspectorFor(Actor actor) {
		if (!actor.has(Role.INSPECTOR) && !actor.has(Role.OFFICER)) {
			throw new ForbiddenException("a failed item opens its case through the inspector channel (网格员巡查), "
					+ "which needs the INSPECTOR or OFFICER role: record the failure without openCase, or let an "
					+ "inspector or officer of the team record the visit");
		}
	}

	private static List<String> photos(ItemResult r) {
		return r.photoIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(r.photoIds()));
	}

	private static boolean isUuid(String id) {
		try {
			return id != null && UUID.fromString(id).toString().equalsIgnoreCase(id);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}
