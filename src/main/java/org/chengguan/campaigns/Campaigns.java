package org.chengguan.campaigns;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.chengguan.campaigns.internal.CampaignRules;
import org.chengguan.campaigns.internal.CampaignStore;
import org.chengguan.campaigns.internal.ProgressReport;
import org.chengguan.campaigns.internal.Tagging;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseStatus;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns' API (专项整治). Leaders (within their region scope) and administrators create and change campaigns;
 * staff read the campaigns that touch their scope; the public reads the progress of published campaigns. Saving a
 * campaign tags the cases and inspections already in its scope, in the same transaction: nothing is half-saved.
 */
@Service
public class Campaigns {

	private final CampaignStore store;

	private final CampaignRules rules;

	private final Tagging tagging;

	private final ProgressReport progress;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CaseManagement caseManagement;

	Campaigns(CampaignStore store, CampaignRules rules, Tagging tagging, ProgressReport progress, JdbcClient jdbc,
			Clock clock, CaseManagement caseManagement) {
		this.caseManagement = caseManagement;
		this.store = store;
		this.rules = rules;
		this.tagging = tagging;
		this.progress = progress;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the actor may create and change campaigns at all (LEADER or ADMIN). */
	public static boolean mayEdit(Actor actor) {
		return actor.has(Role.ADMIN) || actor.has(Role.LEADER);
	}

	/** Staff, not citizens, read campaigns. */
	public static boolean mayRead(Actor actor) {
		return actor.roles().stream().anyMatch(r -> r != Role.CITIZEN);
	}

	/** Whether the actor may change this campaign: an ADMIN any, a LEADER one all of whose regions lie in scope. */
	public static boolean mayEdit(Actor actor, Campaign c) {
		return actor.has(Role.ADMIN) || (actor.has(Role.LEADER) && c.regions().stream().allMatch(actor::covers));
	}

	/**
	 * Creates a campaign and tags what already happened in its scope. 400 with every fault, 403 for a role other than
	 * LEADER or ADMIN or a leader's region outside their scope.
	 */
	@Transactional
	public Campaign create(Actor actor, CampaignDraft draft) {
		requireEditor(actor, draft);
		rules.check(draft);
		tagging.lockScope();
		long id = store.insert(draft, actor.userId(), clock.instant());
		Campaign saved = store.find(id).orElseThrow();
		tagging.retag(saved, clock.instant());
		return saved;
	}

	/**
	 * Changes a campaign written at {@code expectedVersion} and re-tags it (a widened scope tags what it now covers, a
	 * narrowed one drops what it no longer does). 409 with {@code currentVersion} if another change came first.
	 */
	@Transactional
	public Campaign update(Actor actor, long id, Integer expectedVersion, CampaignDraft draft) {
		Campaign current = find(id);
		if (!mayEdit(actor, current)) {
			throw new ForbiddenException(actor.has(Role.LEADER)
					? "a leader changes only campaigns whose regions all lie in their scope " + actor.scopeRegionCode()
					: "campaigns are changed by leaders and administrators");
		}
		requireEditor(actor, draft);
		if (expectedVersion == null) {
			throw new InvalidInputException("expectedVersion is required: the version of the campaign you read",
					List.of("expectedVersion: required"));
		}
		rules.check(draft);
		tagging.lockScope();
		if (!store.update(id, expectedVersion, draft, actor.userId(), clock.instant())) {
			Campaign now = find(id);
			throw new ConflictException("The campaign was changed meanwhile: it is at version " + now.version()
					+ ", not " + expectedVersion + ". Read it again and apply your change to it.",
					Map.of("currentVersion", now.version()));
		}
		Campaign saved = store.find(id).orElseThrow();
		tagging.retag(saved, clock.instant());
		return saved;
	}

	private static void requireEditor(Actor actor, CampaignDraft draft) {
		if (!mayEdit(actor)) {
			throw new ForbiddenException("campaigns are created and changed by leaders and administrators");
		}
		if (!actor.has(Role.ADMIN)) {
			for (String r : draft.regions()) {
				if (!actor.covers(r)) {
					throw new ForbiddenException("the region " + r + " lies outside your scope " + actor.scopeRegionCode());
				}
			}
		}
	}

	/** The campaigns the actor may read, the latest start first. */
	public List<Campaign> list(Actor actor) {
		requireReader(actor);
		return store.all().stream().filter(c -> visible(actor, c)).toList();
	}

	/** One campaign, if the actor may read it (404 if there is none, 403 if it lies outside their scope). */
	public Campaign get(Actor actor, long id) {
		requireReader(actor);
		Campaign c = find(id);
		if (!visible(actor, c)) {
			throw new ForbiddenException("the campaign's regions " + c.regions() + " lie outside your scope "
					+ actor.scopeRegionCode());
		}
		return c;
	}

	/** The campaign's targets against its actual figures, as {@link #get} allows. */
	public CampaignProgress progress(Actor actor, long id) {
		return progress.of(get(actor, id));
	}

	/** A published campaign's progress, for anyone (404 if it is not published). */
	public CampaignProgress publicProgress(long id) {
		Campaign c = store.find(id).filter(Campaign::published)
			.orElseThrow(() -> new NotFoundException("No published campaign " + id + "."));
		return progress.of(c);
	}

	/** The published campaigns, for the public. */
	public List<Campaign> published() {
		return store.all().stream().filter(Campaign::published).toList();
	}

	/**
	 * The campaign's tagged cases within the actor's scope, the latest report first, {@code limit} (≤ 500) from
	 * {@code offset}. Public facts only.
	 */
	public List<TaggedCase> cases(Actor actor, long id, int offset, int limit) {
		Campaign c = get(actor, id);
		String scope = actor.scopeRegionCode() == null ? "" : actor.scopeRegionCode();
		record Tag(long caseId, String number, String category, String region, java.time.Instant reportedAt) {
		}
		List<Tag> tags = jdbc.sql("""
				SELECT case_id, number, category_code, region_code, reported_at FROM campaigns.campaign_case
				WHERE campaign_id = ? AND starts_with(region_code, ?)
				ORDER BY reported_at DESC, case_id DESC LIMIT ? OFFSET ?""")
			.params(c.id(), scope, Math.max(1, Math.min(limit, 500)), Math.max(0, offset))
			.query((rs, n) -> new Tag(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
		// the status as the case has it now (the cases module's), read for the page rather than copied on every step
		Map<Long, CaseStatus> statuses = caseManagement.statusesOf(tags.stream().map(Tag::caseId).toList());
		return tags.stream()
			.map(t -> new TaggedCase(t.caseId(), t.number(), t.category(), t.region(), t.reportedAt(),
					java.util.Optional.ofNullable(statuses.get(t.caseId())).map(CaseStatus::name).orElse(null)))
			.toList();
	}

	/** The campaign's tagged joint inspections within the actor's scope, the latest visit first (at most 500). */
	public List<TaggedInspection> inspections(Actor actor, long id) {
		Campaign c = get(actor, id);
		String scope = actor.scopeRegionCode() == null ? "" : actor.scopeRegionCode();
		return jdbc.sql("""
				SELECT i.id, i.merchant_id, i.region_code, i.visited_at, i.failed_items FROM campaigns.campaign_inspection t
				JOIN campaigns.inspection i ON i.id = t.inspection_id
				WHERE t.campaign_id = ? AND starts_with(i.region_code, ?)
				ORDER BY i.visited_at DESC, i.id DESC LIMIT 500""")
			.params(c.id(), scope)
			.query((rs, n) -> new TaggedInspection(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5)))
			.list();
	}

	private Campaign find(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("No campaign " + id + "."));
	}

	private static void requireReader(Actor actor) {
		if (!mayRead(actor)) {
			throw new ForbiddenException("campaigns are read by staff");
		}
	}

	/**
	 * Staff see a campaign when one of its regions and their scope overlap (either contains the other); staff without
	 * a scope (a department's handlers) see every campaign.
	 */
	private static boolean visible(Actor actor, Campaign c) {
		String scope = actor.scopeRegionCode();
		return scope == null || c.regions().stream().anyMatch(r -> r.startsWith(scope) || scope.startsWith(r));
	}

}
