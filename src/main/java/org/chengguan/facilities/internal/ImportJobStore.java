package org.chengguan.facilities.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chengguan.facilities.FacilityImports;
import org.chengguan.facilities.ImportJob;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The background imports' rows ({@code facilities.import_job}). Progress, heartbeats and failures are written in
 * their own short transactions, outside an import's long one, so every instance sees them at once; only
 * {@link #done} joins the import's transaction, so that "DONE" and the stored rows commit together or not at all.
 * Times are the database's clock ({@code clock_timestamp()}), which every instance shares.
 */
@Repository
public class ImportJobStore {

	private static final String RUNNING = "state IN ('VALIDATING', 'STORING')";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate own;

	ImportJobStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public void create(UUID id, FacilityImports.Format format, long createdBy) {
		own.executeWithoutResult(s -> jdbc.update("INSERT INTO facilities.import_job (id, state, format, created_by, "
				+ "created_at, heartbeat_at) VALUES (?, 'VALIDATING', ?, ?, clock_timestamp(), clock_timestamp())", id,
				format.name(), createdBy));
	}

	/** Records how far a running job got; false if it is no longer running (it was given up as interrupted). */
	public boolean progress(UUID id, ImportJob.State state, int processed, int total) {
		Integer updated = own.execute(s -> jdbc.update("UPDATE facilities.import_job SET state = ?, processed = ?, "
				+ "total = ?, heartbeat_at = clock_timestamp() WHERE id = ? AND " + RUNNING, state.name(), processed,
				total, id));
		return updated != null && updated == 1;
	}

	/**
	 * Marks the job DONE <em>in the caller's transaction</em> (the import's); false if it is no longer running, and
	 * then the caller must roll back: a job that reads FAILED must have stored nothing.
	 */
	public boolean done(UUID id, FacilityImports.Result result) {
		return jdbc.update("UPDATE facilities.import_job SET state = 'DONE', processed = total, imported = ?, added = ?, "
				+ "updated = ?, finished_at = clock_timestamp(), heartbeat_at = clock_timestamp() WHERE id = ? AND "
				+ RUNNING, result.imported(), result.added(), result.updated(), id) == 1;
	}

	/** Marks a running job FAILED with why, and the file's faults if it had any. */
	public void failed(UUID id, String message, List<String> errors, int errorCount) {
		String json = JSON.writeValueAsString(errors);
		own.executeWithoutResult(s -> jdbc.update("UPDATE facilities.import_job SET state = 'FAILED', message = ?, "
				+ "errors = ?::jsonb, error_count = ?, finished_at = clock_timestamp() WHERE id = ? AND " + RUNNING,
				message, json, errorCount, id));
	}

	/** Says that these jobs still run (or wait) on this instance. */
	public void heartbeat(Collection<UUID> ids) {
		if (!ids.isEmpty()) {
			String[] texts = ids.stream().map(UUID::toString).toArray(String[]::new);
			own.executeWithoutResult(s -> jdbc.update("UPDATE facilities.import_job SET heartbeat_at = clock_timestamp() "
					+ "WHERE id = ANY (?::uuid[]) AND " + RUNNING, (Object) texts));
		}
	}

	/**
	 * Fails the running jobs whose heartbeat is older than {@code staleAfter}: their instance stopped or died, and with
	 * it their import's transaction. Waits for a job's row if its import is just committing, and then leaves it DONE.
	 */
	public int failInterrupted(Duration staleAfter, String message) {
		Integer failed = own.execute(s -> jdbc.update("UPDATE facilities.import_job SET state = 'FAILED', message = ?, "
				+ "finished_at = clock_timestamp() WHERE " + RUNNING
				+ " AND heartbeat_at < clock_timestamp() - make_interval(secs => ?)", message,
				staleAfter.toMillis() / 1000.0));
		return failed == null ? 0 : failed;
	}

	public Optional<ImportJob> find(UUID id) {
		return jdbc.query("SELECT * FROM facilities.import_job WHERE id = ?", (rs, n) -> map(rs), id).stream()
			.findFirst();
	}

	private static ImportJob map(ResultSet rs) throws SQLException {
		List<String> errors = JSON.readValue(rs.getString("errors"), new TypeReference<List<String>>() {
		});
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportJob(rs.getObject("id", UUID.class), ImportJob.State.valueOf(rs.getString("state")),
				FacilityImports.Format.valueOf(rs.getString("format")), rs.getInt("processed"), rs.getInt("total"),
				(Integer) rs.getObject("imported"), (Integer) rs.getObject("added"), (Integer) rs.getObject("updated"),
				rs.getString("message"), errors, rs.getInt("error_count"), rs.getTimestamp("created_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}
}
