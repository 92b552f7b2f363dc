package org.chengguan.identity.internal;

import java.time.Clock;
import java.util.List;

import org.chengguan.identity.PhoneNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit of sign-ins (登录日志): one row per attempt, success or not, per code sent and per sign-out. Rows are only
 * added; each is written at once, in its own statement, so a failed sign-in leaves its row.
 */
@Repository
public class SignInAudit {

	private static final int MAX_USERNAME = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an event.
	 *
	 * @param username as given (unchecked, cut to 100 characters), or null
	 * @param phone as given; stored masked
	 * @param userId the account when known
	 */
	public void record(SignInMethod method, SignInOutcome outcome, String username, String phone, Long userId,
			Client client, String detail) {
		jdbc.sql("INSERT INTO identity.sign_in_audit (at, method, outcome, username, phone_masked, user_id, "
				+ "remote_address, user_agent, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UserAccounts.timestamp(clock.instant()), method.name(), outcome.name(), cut(username),
					PhoneNumber.mask(phone), userId, client.remoteAddress(), client.userAgent(), detail)
			.update();
	}

	/** The newest entries first. */
	public Page<AuditEntry> page(int page, int size) {
		long total = jdbc.sql("SELECT count(*) FROM identity.sign_in_audit").query(Long.class).single();
		List<AuditEntry> content = jdbc.sql("SELECT id, at, method, outcome, username, phone_masked, user_id, "
				+ "remote_address, user_agent, detail FROM identity.sign_in_audit ORDER BY at DESC, id DESC "
				+ "LIMIT ? OFFSET ?")
			.params(size, (long) page * size)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					SignInMethod.valueOf(rs.getString("method")), SignInOutcome.valueOf(rs.getString("outcome")),
					rs.getString("username"), rs.getString("phone_masked"), rs.getObject("user_id", Long.class),
					rs.getString("remote_address"), rs.getString("user_agent"), rs.getString("detail")))
			.list();
		return new Page<>(content, page, size, total);
	}

	private static String cut(String text) {
		return text == null || text.length() <= MAX_USERNAME ? text : text.substring(0, MAX_USERNAME);
	}
}
