package org.chengguan.engagement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chengguan.cases.Satisfaction;
import org.chengguan.engagement.AnswerBack;
import org.chengguan.engagement.CallKind;
import org.chengguan.engagement.CallState;
import org.chengguan.engagement.HotlineCall;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hotline calls and their answer-back log, in the {@code engagement} schema. */
@Repository
public class HotlineCalls {

	private final JdbcClient jdbc;

	HotlineCalls(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new call; answers its id. A repeated (operator, idempotency key) fails on the unique constraint. */
	public long insert(CallKind kind, CallState state, String name, String phone, String content, String answer,
			String regionCode, long operatorId, Instant at, String idempotencyKey, Long caseId) {
		return jdbc.sql("""
				INSERT INTO engagement.hotline_call (kind, state, caller_name, caller_phone, content, answer, region_code,
				    operator_id, taken_at, replied_by, replied_at, idempotency_key)
				VALUES (:kind, :state, :name, :phone, :content, :answer, :region, :operator, :at, :repliedBy,
				    :repliedAt, :key)
				RETURNING id""")
			.param("kind", kind.name())
			.param("state", state.name())
			.param("name", name)
			.param("phone", phone)
			.param("content", content)
			.param("answer", answer)
			.param("region", regionCode)
			.param("operator", operatorId)
			.param("at", Timestamp.from(at))
			.param("repliedBy", state == CallState.ANSWERED ? operatorId : null)
			.param("repliedAt", state == CallState.ANSWERED ? Timestamp.from(at) : null)
			.param("key", idempotencyKey)
			.query(Long.class)
			.single();
	}

	/** The next value of the calls' id sequence: a complaint's id is known before its case is reported. */
	public long nextId() {
		return jdbc.sql("SELECT nextval(pg_get_serial_sequence('engagement.hotline_call', 'id'))").query(Long.class)
			.single();
	}

	/** Inserts a complaint under an id drawn with {@link #nextId()}. */
	public void insertComplaintWithId(long id, String name, String phone, String content, String regionCode,
			long operatorId, Instant at, String idempotencyKey, long caseId, String caseNumber, String caseStatus) {
		jdbc.sql("""
				INSERT INTO engagement.hotline_call (id, kind, state, caller_name, caller_phone, content, region_code,
				    operator_id, taken_at, idempotency_key, case_id, case_number, case_status)
				VALUES (:id, 'COMPLAINT', 'CASE_FILED', :name, :phone, :content, :region, :operator, :at, :key, :caseId,
				    :caseNumber, :caseStatus)""")
			.param("id", id)
			.param("name", name)
			.param("phone", phone)
			.param("content", content)
			.param("region", regionCode)
			.param("operator", operatorId)
			.param("at", Timestamp.from(at))
			.param("key", idempotencyKey)
			.param("caseId", caseId)
			.param("caseNumber", caseNumber)
			.param("caseStatus", caseStatus)
			.update();
	}

	public Optional<HotlineCall> find(long id) {
		return jdbc.sql("SELECT * FROM engagement.hotline_call WHERE id = ?").param(id).query(HotlineCalls::call)
			.optional();
	}

	public Optional<HotlineCall> byKey(long operatorId, String key) {
		return jdbc.sql("SELECT * FROM engagement.hotline_call WHERE operator_id = ? AND idempotency_key = ?")
			.param(operatorId)
			.param(key)
			.query(HotlineCalls::call)
			.optional();
	}

	/** Calls in a region (code prefix), newest first; filtered by kind and state when given. */
	public List<HotlineCall> list(String regionPrefix, CallKind kind, CallState state, boolean awaitingAnswerBack,
			int limit) {
		return jdbc.sql("""
				SELECT * FROM engagement.hotline_call
				WHERE starts_with(region_code, :prefix)
				  AND (CAST(:kind AS text) IS NULL OR kind = :kind)
				  AND (CAST(:state AS text) IS NULL OR state = :state)
				  AND (NOT :awaiting OR (kind = 'COMPLAINT' AND case_status = 'CLOSED'))
				ORDER BY id DESC LIMIT :limit""")
			.param("prefix", regionPrefix == null ? "" : regionPrefix)
			.param("kind", kind == null ? null : kind.name())
			.param("state", state == null ? null : state.name())
			.param("awaiting", awaitingAnswerBack)
			.param("limit", limit)
			.query(HotlineCalls::call)
			.list();
	}

	/** Records the reply to a suggestion awaiting one, if the version is still the one read; answers whether it did. */
	public boolean reply(long id, int version, String answer, long by, Instant at) {
		return jdbc.sql("""
				UPDATE engagement.hotline_call SET answer = :answer, state = 'ANSWERED', replied_by = :by,
				    replied_at = :at, version = version + 1
				WHERE id = :id AND version = :version AND state = 'AWAITING_REPLY'""")
			.param("answer", answer)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/** Mirrors the status of a hotline case on its call (a no-op for cases that are no call's). */
	public void caseMoved(long caseId, String status) {
		jdbc.sql("UPDATE engagement.hotline_call SET case_status = ? WHERE case_id = ? AND case_status IS DISTINCT FROM ?")
			.param(status)
			.param(caseId)
			.param(status)
			.update();
	}

	/** Locks the call's row until the transaction ends: answer-backs of one call are logged one at a time. */
	public void lock(long id) {
		jdbc.sql("SELECT id FROM engagement.hotline_call WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
	}

	public long insertAnswerBack(long callId, long caseId, long operatorId, Instant at, boolean reached, int attempts,
			Satisfaction satisfaction, String comment, boolean recorded) {
		return jdbc.sql("""
				INSERT INTO engagement.answer_back (call_id, case_id, operator_id, at, reached, attempts, satisfaction,
				    comment, recorded_on_case)
				VALUES (:call, :case, :operator, :at, :reached, :attempts, :satisfaction, :comment, :recorded)
				RETURNING id""")
			.param("call", callId)
			.param("case", caseId)
			.param("operator", operatorId)
			.param("at", Timestamp.from(at))
			.param("reached", reached)
			.param("attempts", attempts)
			.param("satisfaction", satisfaction == null ? null : satisfaction.name())
			.param("comment", comment)
			.param("recorded", recorded)
			.query(Long.class)
			.single();
	}

	public List<AnswerBack> answerBacks(long callId) {
		return jdbc.sql("SELECT * FROM engagement.answer_back WHERE call_id = ? ORDER BY id")
			.param(callId)
			.query((rs, n) -> new AnswerBack(rs.getLong("id"), rs.getLong("call_id"), rs.getLong("case_id"),
					rs.getLong("operator_id"), rs.getTimestamp("at").toInstant(), rs.getBoolean("reached"),
					rs.getInt("attempts"), rs.getString("satisfaction") == null ? null
							: Satisfaction.valueOf(rs.getString("satisfaction")),
					rs.getString("comment"), rs.getBoolean("recorded_on_case")))
			.list();
	}

	private static HotlineCall call(ResultSet rs, int n) throws SQLException {
		Timestamp replied = rs.getTimestamp("replied_at");
		return new HotlineCall(rs.getLong("id"), CallKind.valueOf(rs.getString("kind")),
				CallState.valueOf(rs.getString("state")), rs.getString("caller_name"), rs.getString("caller_phone"),
				rs.getString("content"), rs.getString("answer"), rs.getString("region_code"), rs.getLong("operator_id"),
				rs.getTimestamp("taken_at").toInstant(), rs.getObject("replied_by", Long.class),
				replied == null ? null : replied.toInstant(), rs.getObject("case_id", Long.class),
				rs.getString("case_number"), rs.getString("case_status"), rs.getInt("version"));
	}
}
