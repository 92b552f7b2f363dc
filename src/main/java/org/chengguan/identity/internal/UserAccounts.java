package org.chengguan.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts in {@code identity.user_account}. */
@Repository
public class UserAccounts {

	static final String COLUMNS = "id, username, display_name, password_hash, phone, roles, scope_region_code, "
			+ "department_code, grid_codes, active, demo, failed_attempts, locked_until, created_at, updated_at, version";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long nextId() {
		return jdbc.sql("SELECT nextval('identity.user_account_id_seq')").query(Long.class).single();
	}

	/** Inserts a new account with the id from {@link #nextId()}; a taken username or phone fails with a duplicate key. */
	public void insert(UserAccount account) {
		jdbc.sql("INSERT INTO identity.user_account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(account.id(), account.username(), account.displayName(), account.passwordHash(), account.phone(),
					account.roles().stream().map(Role::name).toArray(String[]::new), account.scopeRegionCode(),
					account.departmentCode(), account.gridCodes().stream().sorted().toArray(String[]::new),
					account.active(), account.demo(), account.loginState().failedAttempts(),
					timestamp(account.loginState().lockedUntil()), timestamp(account.createdAt()),
					timestamp(account.updatedAt()), account.version())
			.update();
	}

	public Optional<UserAccount> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.user_account WHERE id = ?").param(id).query(UserAccounts::map)
			.optional();
	}

	public Optional<UserAccount> byUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.user_account WHERE username = ?").param(username)
			.query(UserAccounts::map)
			.optional();
	}

	public Optional<UserAccount> byPhone(String phone) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.user_account WHERE phone = ?").param(phone)
			.query(UserAccounts::map)
			.optional();
	}

	/** The account's sign-in state, locking its row until the surrounding transaction ends. */
	public Optional<LoginState> lockLoginState(long id) {
		return jdbc.sql("SELECT failed_attempts, locked_until FROM identity.user_account WHERE id = ? FOR UPDATE")
			.param(id)
			.query((rs, n) -> new LoginState(rs.getInt("failed_attempts"), instant(rs.getTimestamp("locked_until"))))
			.optional();
	}

	public void saveLoginState(long id, LoginState state, Instant now) {
		jdbc.sql("UPDATE identity.user_account SET failed_attempts = ?, locked_until = ?, updated_at = ?, "
				+ "version = version + 1 WHERE id = ?")
			.params(state.failedAttempts(), timestamp(state.lockedUntil()), timestamp(now), id)
			.update();
	}

	/** Deactivates the account; returns whether it was active. */
	public boolean deactivate(long id, Instant now) {
		return jdbc.sql("UPDATE identity.user_account SET active = false, updated_at = ?, version = version + 1 "
				+ "WHERE id = ? AND active")
			.params(timestamp(now), id)
			.update() == 1;
	}

	/** Active accounts with the role whose scope covers the region, the most specific scope first. */
	public List<UserAccount> activeWithRoleCovering(Role role, String regionCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.user_account WHERE active AND roles @> ARRAY[?]::text[] "
				+ "AND scope_region_code IS NOT NULL AND starts_with(?, scope_region_code) "
				+ "ORDER BY length(scope_region_code) DESC, username")
			.params(role.name(), regionCode)
			.query(UserAccounts::map)
			.list();
	}

	/** Active inspectors who patrol the grid. */
	public List<UserAccount> activeInspectorsOf(String gridCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.user_account WHERE active "
				+ "AND roles @> ARRAY['INSPECTOR']::text[] AND grid_codes @> ARRAY[?]::text[] ORDER BY username")
			.param(gridCode)
			.query(UserAccounts::map)
			.list();
	}

	/**
	 * A page of accounts ordered by username, optionally only those holding a role and only those whose scope lies
	 * within a region.
	 */
	public Page<UserAccount> find(Role role, String withinRegion, int page, int size) {
		String where = " WHERE (?::text IS NULL OR roles @> ARRAY[?::text]) "
				+ "AND (?::text IS NULL OR starts_with(scope_region_code, ?))";
		String roleName = role == null ? null : role.name();
		long total = jdbc.sql("SELECT count(*) FROM identity.user_account" + where)
			.params(roleName, roleName, withinRegion, withinRegion)
			.query(Long.class)
			.single();
		List<UserAccount> content = jdbc
			.sql("SELECT " + COLUMNS + " FROM identity.user_account" + where + " ORDER BY username LIMIT ? OFFSET ?")
			.params(roleName, roleName, withinRegion, withinRegion, size, (long) page * size)
			.query(UserAccounts::map)
			.list();
		return new Page<>(content, page, size, total);
	}

	/** Active accounts that are flagged as demo accounts or carry one of the given names. */
	public List<UserAccount> activeDemoCandidates(Collection<String> usernames) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity.user_account WHERE active AND (demo OR username = ANY(?))")
			.param(usernames.toArray(String[]::new))
			.query(UserAccounts::map)
			.list();
	}

	static UserAccount map(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = strings(rs.getArray("roles")).stream().map(Role::valueOf).collect(Collectors.toSet());
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getString("phone"), roles, rs.getString("scope_region_code"),
				rs.getString("department_code"), Set.copyOf(strings(rs.getArray("grid_codes"))), rs.getBoolean("active"),
				rs.getBoolean("demo"),
				new LoginState(rs.getInt("failed_attempts"), instant(rs.getTimestamp("locked_until"))),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
