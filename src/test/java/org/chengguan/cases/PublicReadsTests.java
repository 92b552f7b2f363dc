package org.chengguan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengguan.PlatformTest;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The cases API's public reads: the listing of every case, the feed of status changes, each case's latest one. */
@PlatformTest
class PublicReadsTests {

	@Autowired
	CaseManagement cases;

	@Autowired
	RegionDirectory regions;

	@Autowired
	DemoDataLoader demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void geography() {
		demo.loadIfAbsent();
	}

	private record Staff(Actor citizen, Actor inspector, Actor shiftLeader, Actor operator) {
	}

	private Staff staffAt(GeoPoint p, long base) {
		Location at = regions.locate(p).orElseThrow();
		return new Staff(new Actor(base, "c", "c", Set.of(Role.CITIZEN), null, null, Set.of()),
				new Actor(base + 1, "i", "i", Set.of(Role.INSPECTOR), at.community().orElseThrow().code(), null,
						Set.of(at.grid().orElseThrow().code())),
				new Actor(base + 2, "s", "s", Set.of(Role.SHIFT_LEADER), at.street().code(), null, Set.of()),
				new Actor(base + 3, "o", "o", Set.of(Role.OPERATOR), at.district().code(), null, Set.of()));
	}

	private Case report(Actor citizen, GeoPoint p, String category) {
		return cases.report(citizen, new ReportCommand(category, "公开读取测试", p.lat(), p.lon(), "wgs84",
				Channel.CITIZEN_APP, List.of(), null, null, false, null), null).reported();
	}

	@Test
	void feedsTheStatusChangesOfAWindowOldestFirstWithoutMarksOrReports() {
		GeoPoint p = CaseManagementTests.nextSpot();
		Staff staff = staffAt(p, 7_410_000);
		Instant start = Instant.now().minusSeconds(1);
		long id = report(staff.citizen(), p, "E0106").id();
		cases.act(staff.inspector(), id, Action.VERIFY, ActionCommand.comment(null));
		cases.act(staff.operator(), id, Action.URGE, ActionCommand.comment("催办"));
		cases.act(staff.shiftLeader(), id, Action.FILE, ActionCommand.comment(null));
		Instant end = Instant.now().plusSeconds(1);

		List<StatusChange> mine = cases.statusChangesBetween(start, end, 0, 1000).stream()
			.filter(c -> c.caseId() == id)
			.toList();
		assertThat(mine).extracting(c -> c.transition().action()).containsExactly(Action.VERIFY, Action.FILE);
		assertThat(mine).extracting(c -> c.transition().to()).containsExactly(CaseStatus.VERIFIED, CaseStatus.FILED);
		assertThat(mine).extracting(StatusChange::id).isSorted();
		assertThat(cases.latestStatusChanges(List.of(id, Long.MAX_VALUE))).containsOnlyKeys(id)
			.hasEntrySatisfying(id, latest -> assertThat(latest.id()).isEqualTo(mine.get(1).id()));

		List<StatusChange> all = cases.statusChangesBetween(start, end, 0, 1000);
		List<StatusChange> paged = new java.util.ArrayList<>();
		for (int offset = 0; offset < all.size(); offset += 2) {
			paged.addAll(cases.statusChangesBetween(start, end, offset, 2));
		}
		assertThat(paged).extracting(StatusChange::id).isEqualTo(all.stream().map(StatusChange::id).toList());
		assertThat(cases.statusChangesBetween(end, end.plusSeconds(60), 0, 10)).isEmpty();
	}

	@Test
	void listsEveryCaseByWindowCategoryStatusAndBoxNewestFirst() {
		GeoPoint p = CaseManagementTests.nextSpot();
		GeoPoint q = CaseManagementTests.nextSpot();
		Staff staff = staffAt(p, 7_420_000);
		Instant start = Instant.now().minusSeconds(1);
		long first = report(staff.citizen(), p, "E0106").id();
		long second = report(staff.citizen(), q, "E0107").id();
		Instant end = Instant.now().plusSeconds(1);
		var box = new PublicCaseQuery.Box(Math.min(p.lon(), q.lon()) - 1e-4, Math.min(p.lat(), q.lat()) - 1e-4,
				Math.max(p.lon(), q.lon()) + 1e-4, Math.max(p.lat(), q.lat()) + 1e-4);
		assertThat(ids(new PublicCaseQuery(null, start, end, null, null, box, 0, 10))).containsExactly(second, first);
		assertThat(ids(new PublicCaseQuery(null, start, end, Set.of("E0107"), null, box, 0, 10)))
			.containsExactly(second);
		assertThat(ids(new PublicCaseQuery(null, start, end, null, Set.of(CaseStatus.CLOSED), box, 0, 10))).isEmpty();
		assertThat(ids(new PublicCaseQuery(null, start, end, null, null, box, 1, 10))).containsExactly(first);
		assertThat(ids(PublicCaseQuery.byIds(List.of(first, second)))).containsExactly(second, first);
	}

	@Test
	void theFeedAndTheDefaultListingReadTheirIndexesInOrder() {
		Map<String, Object> params = new LinkedHashMap<>();
		String listing = PublicReads.listing(new PublicCaseQuery(null, Instant.now().minusSeconds(90 * 86_400L),
				Instant.now(), null, null, null, 0, 1000), params);
		assertThat(plan(listing, params)).contains("case_reported_idx").doesNotContain("Sort");
		Map<String, Object> feed = Map.of("from", java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), "to",
				java.sql.Timestamp.from(Instant.now()), "limit", 1000, "offset", 0L);
		assertThat(plan(PublicReads.FEED, feed)).contains("transition_at_idx").doesNotContain("Sort");
	}

	/** The plan PostgreSQL would use when a scan of the whole table is not an option (the tests' tables are small). */
	private String plan(String sql, Map<String, Object> params) {
		return transaction.execute(status -> {
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			return String.join("\n", jdbc.sql("EXPLAIN " + sql).params(params).query(String.class).list());
		});
	}

	private List<Long> ids(PublicCaseQuery query) {
		return cases.listPublic(query).stream().map(Case::id).toList();
	}
}
