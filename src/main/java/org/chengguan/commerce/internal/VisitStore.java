package org.chengguan.commerce.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The joint visits' rows and their items' results. */
@Repository
class VisitStore {

	private final JdbcClient jdbc;

	VisitStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long merchantId, Long planId, Instant at, long by, String complaintRef, String note, String region) {
		return jdbc.sql("""
				INSERT INTO commerce.joint_visit (merchant_id, plan_id, visited_at, recorded_by, complaint_ref, note,
				    region_code) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(merchantId, planId, Timestamp.from(at), by, complaintRef, note, region).query(Long.class).single();
	}

	void insertResult(long visitId, Checklists.Item item, boolean passed, String note, List<String> photoIds,
			Long caseId) {
		jdbc.sql("""
				INSERT INTO commerce.visit_result (visit_id, item_code, body_code, passed, note, photo_ids, case_id)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(visitId, item.code(), item.bodyCode(), passed, note, photoIds.toArray(String[]::new), caseId)
			.update();
	}

	/** The merchant's visit nearest in time to {@code at}, before or after. */
	Optional<Instant> nearestVisit(long merchantId, Instant at) {
		return jdbc.sql("""
				SELECT visited_at FROM commerce.joint_visit WHERE merchant_id = ?
				ORDER BY abs(extract(epoch FROM visited_at - ?)) LIMIT 1""")
			.params(merchantId, Timestamp.from(at))
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
	}

	Optional<Visit> find(long id) {
		return visits("WHERE v.id = ?", id).stream().findFirst();
	}

	List<Visit> ofMerchant(long merchantId) {
		return visits("WHERE v.merchant_id = ?", merchantId);
	}

	/** Failed items of the merchant's visits in {@code [from, to)}. */
	long failedItemsBetween(long merchantId, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT count(*) FROM commerce.visit_result r JOIN commerce.joint_visit v ON v.id = r.visit_id
				WHERE v.merchant_id = ? AND v.visited_at >= ? AND v.visited_at < ? AND NOT r.passed""")
			.params(merchantId, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
	}

	private List<Visit> visits(String where, long param) {
		List<Visit> heads = jdbc.sql("SELECT * FROM commerce.joint_visit v " + where + " ORDER BY v.visited_at DESC, v.id DESC")
			.param(param)
			.query((rs, n) -> new Visit(rs.getLong("id"), rs.getLong("merchant_id"), (Long) rs.getObject("plan_id"),
					rs.getTimestamp("visited_at").toInstant(), rs.getLong("recorded_by"), rs.getString("complaint_ref"),
					rs.getString("note"), rs.getString("region_code"), List.of()))
			.list();
		return heads.stream().map(v -> new Visit(v.id(), v.merchantId(), v.planId(), v.visitedAt(), v.recordedBy(),
				v.complaintRef(), v.note(), v.regionCode(), results(v.id()))).toList();
	}

	private List<Visit.Result> results(long visitId) {
		return jdbc.sql("""
				SELECT r.* FROM commerce.visit_result r JOIN commerce.checklist_item i ON i.code = r.item_code
				JOIN commerce.inspection_body b ON b.code = r.body_code
				WHERE r.visit_id = ? ORDER BY b.sort, i.sort""")
			.param(visitId)
			.query((rs, n) -> new Visit.Result(rs.getString("item_code"), rs.getString("body_code"),
					rs.getBoolean("passed"), rs.getString("note"),
					Arrays.asList(MerchantStore.strings(rs.getArray("photo_ids"))), (Long) rs.getObject("case_id")))
			.list();
	}
}
