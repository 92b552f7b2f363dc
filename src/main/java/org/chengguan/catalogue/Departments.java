package org.chengguan.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The departments (部门) in the database, read through a minute's cache. */
@Repository
class Departments {

	static final String COLUMNS = "code, name, english_name, contact_person, phone, address, duties";

	private final JdbcClient jdbc;

	/** Every department, in code order. */
	private final ReadThrough<List<Department>> all;

	Departments(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.all = new ReadThrough<>(() -> List.copyOf(this.jdbc.sql("SELECT " + COLUMNS
				+ " FROM catalogue.department ORDER BY code").query((rs, row) -> map(rs, "")).list()));
	}

	List<Department> all() {
		return all.get();
	}

	Optional<Department> byCode(String code) {
		return all.get().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	/** Reads a department from columns named as in {@link #COLUMNS}, each with the given prefix. */
	static Department map(ResultSet rs, String prefix) throws SQLException {
		return new Department(rs.getString(prefix + "code"), rs.getString(prefix + "name"),
				rs.getString(prefix + "english_name"), rs.getString(prefix + "contact_person"),
				rs.getString(prefix + "phone"), rs.getString(prefix + "address"), rs.getString(prefix + "duties"));
	}
}
