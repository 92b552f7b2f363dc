package org.chengguan.campaigns.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.chengguan.campaigns.Campaign;
import org.chengguan.cases.Action;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseTransitioned;
import org.chengguan.cases.PublicCaseQuery;
import org.chengguan.commerce.JointInspectionRecorded;
import org.chengguan.platform.database.CommitBatch;
import org.chengguan.platform.database.SqlArray;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tags cases and joint inspections as in the scope of campaigns (打标签), in the transaction that records them, and
 * re-tags a campaign whose scope is saved.
 * <p>
 * A report and a campaign saved at the same moment must not miss each other (the report's listener reading the
 * campaigns before the campaign commits, the campaign's backfill reading the cases before the report commits). So a
 * report's or inspection's tagging takes a shared transaction-scoped advisory lock, and saving a campaign's scope an
 * exclusive one: whichever comes second waits for the first to commit and then sees it. Shared locks do not wait for
 * each other, so reports never queue behind each other here. Tags are idempotent (primary key (campaign, case)).
 */
@Component
public class Tagging {

	/** The advisory lock's key: 'campaigns' scope' (any constant; no other module uses it). */
	private static final long SCOPE_LOCK = 900_001L;

	private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

	private static final int PAGE = 500;

	private final JdbcClient jdbc;

	private final CaseManagement cases;

	/** A transaction's reports, tagged together before it commits. */
	private final CommitBatch<CaseTransitioned> reports = new CommitBatch<>(this::tag);

	Tagging(JdbcClient jdbc, CaseManagement cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	/**
	 * A report (or a self-handled case, which is reported and closed at once) is tagged by every campaign whose
	 * categories, regions and period cover it, once per transaction, just before it commits (the intake writes a
	 * hundred reports in one). Later transitions change nothing here: a tag keeps the facts that decide the scope, and
	 * lists read the case's status from the cases module.
	 */
	@EventListener
	void on(CaseTransitioned e) {
		if (e.action() == Action.REPORT || e.action() == Action.SELF_HANDLE) {
			reports.add(e);
		}
	}

	/** A transaction's reports tagged in one statement. */
	private void tag(List<CaseTransitioned> reports) {
		// taken before the statement below starts, so its snapshot sees any campaign committed while it waited
		jdbc.sql("SELECT pg_advisory_xact_lock_shared(?)").param(SCOPE_LOCK).query().singleRow();
		jdbc.sql("""
				INSERT INTO campaigns.campaign_case (campaign_id, case_id, number, category_code, region_code,
				    reported_at)
				SELECT c.id, r.case_id, r.number, r.category, r.region, r.at
				FROM unnest(:cases::bigint[], :numbers::text[], :categories::text[], :regions::text[],
				            :ats::timestamptz[]) AS r(case_id, number, category, region, at)
				JOIN campaigns.campaign c ON r.category = ANY(c.categories)
				  AND EXISTS (SELECT 1 FROM unnest(c.regions) g WHERE starts_with(r.region, g))
				  AND (r.at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN c.start_date AND c.end_date
				ON CONFLICT DO NOTHING""")
			.param("cases", SqlArray.of("bigint", reports.stream().map(CaseTransitioned::caseId).toArray()))
			.param("numbers", SqlArray.of("text", reports.stream().map(CaseTransitioned::number).toArray()))
			.param("categories", SqlArray.of("text", reports.stream().map(CaseTransitioned::categoryCode).toArray()))
			.param("regions", SqlArray.of("text", reports.stream().map(CaseTransitioned::regionCode).toArray()))
			.param("ats", SqlArray.of("timestamptz", reports.stream().map(e -> Timestamp.from(e.at())).toArray()))
			.update();
	}

	/** A joint inspection is kept (so later campaigns can tag it) and tagged by the campaigns that cover it. */
	@EventListener
	void on(JointInspectionRecorded e) {
		jdbc.sql("SELECT pg_advisory_xact_lock_shared(?)").param(SCOPE_LOCK).query().singleRow();
		jdbc.sql("""
				INSERT INTO campaigns.inspection (id, merchant_id, region_code, visited_at, failed_items)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(e.inspectionId(), e.merchantId(), e.regionCode(), Timestamp.from(e.visitedAt()), e.failedItems())
			.update();
		jdbc.sql("""
				INSERT INTO campaigns.campaign_inspection (campaign_id, inspection_id)
				SELECT c.id, ? FROM campaigns.campaign c
				WHERE EXISTS (SELECT 1 FROM unnest(c.regions) r WHERE starts_with(?, r))
				  AND (?::timestamptz AT TIME ZONE 'Asia/Shanghai')::date BETWEEN c.start_date AND c.end_date
				ON CONFLICT DO NOTHING""")
			.params(e.inspectionId(), e.regionCode(), Timestamp.from(e.visitedAt()))
			.update();
	}

	/**
	 * Makes the campaign's tags match its (new) scope, in the caller's transaction: drops the tags it no longer
	 * covers and tags every case and inspection already recorded in it. Reads the reports of its period through the
	 * cases module ({@link CaseManagement#listPublic}: category and report window in SQL, region here), a page at a
	 * time. Holds the scope lock until the caller commits, so reports made meanwhile wait and are then tagged by
	 * their own listener.
	 */
	public void retag(Campaign c, Instant now) {
		lockScope();
		jdbc.sql("""
				DELETE FROM campaigns.campaign_case t USING campaigns.campaign c
				WHERE t.campaign_id = c.id AND c.id = ?
				  AND NOT (t.category_code = ANY(c.categories)
				       AND EXISTS (SELECT 1 FROM unnest(c.regions) r WHERE starts_with(t.region_code, r))
				       AND (t.reported_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN c.start_date AND c.end_date)""")
			.param(c.id())
			.update();
		Instant from = c.startDate().atStartOfDay(CITY_ZONE).toInstant();
		Instant to = c.endDate().plusDays(1).atStartOfDay(CITY_ZONE).toInstant().minusNanos(1_000);
		if (!from.isAfter(now)) {
			var categories = new HashSet<>(c.categories());
			for (int offset = 0;; offset += PAGE) {
				List<Case> page = cases.listPublic(new PublicCaseQuery(null, from, to, categories, null, null, offset, PAGE));
				List<Case> inScope = new ArrayList<>();
				for (Case k : page) {
					if (c.covers(k.region().finest())) {
						inScope.add(k);
					}
				}
				insert(c.id(), inScope);
				if (page.size() < PAGE) {
					break;
				}
			}
		}
		jdbc.sql("""
				DELETE FROM campaigns.campaign_inspection t USING campaigns.campaign c, campaigns.inspection i
				WHERE t.campaign_id = c.id AND c.id = ? AND i.id = t.inspection_id
				  AND NOT (EXISTS (SELECT 1 FROM unnest(c.regions) r WHERE starts_with(i.region_code, r))
				       AND (i.visited_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN c.start_date AND c.end_date)""")
			.param(c.id())
			.update();
		jdbc.sql("""
				INSERT INTO campaigns.campaign_inspection (campaign_id, inspection_id)
				SELECT c.id, i.id FROM campaigns.campaign c JOIN campaigns.inspection i
				  ON EXISTS (SELECT 1 FROM unnest(c.regions) r WHERE starts_with(i.region_code, r))
				 AND (i.visited_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN c.start_date AND c.end_date
				WHERE c.id = ?
				ON CONFLICT DO NOTHING""")
			.param(c.id())
			.update();
	}

	/**
	 * Takes the exclusive scope lock for the caller's transaction (re-entrant within it): taken before a campaign's
	 * row is written, so a report's tagging never waits on that row while the campaign waits on the report.
	 */
	public void lockScope() {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SCOPE_LOCK).query().singleRow();
	}

	private void insert(long campaignId, List<Case> found) {
		for (Case k : found) {
			jdbc.sql("""
					INSERT INTO campaigns.campaign_case (campaign_id, case_id, number, category_code, region_code,
					    reported_at)
					VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(campaignId, k.id(), k.number(), k.categoryCode(), k.region().finest(),
						Timestamp.from(k.reportedAt()))
				.update();
		}
	}
}
