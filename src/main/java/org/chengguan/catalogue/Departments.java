package org.chengguan.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The departments (部门) in the database. */
@Repository
class Departments {

	static final String COLUMNS = "code, name, english_name, contact_person, phone, address, duties";

	private final JdbcClient jdbc;

	Departments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Department> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue.department ORDER BY code")
			.query((rs, row) -> map(rs, ""))
			.list();
	}

	Optional<Department> byCode(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue.department WHERE code = ?")
			.param(code)
			.query((rs, row) -> map(rs, ""))
			.optional();
	}

	/** Reads a department from columns named as in {@link #COLUMNS}, each with the given prefix. */
	static Department map(ResultSet rs, String prefix) throws SQLException {
		return new Department(rs.getString(prefix + "code"), rs.getString(prefix + "name"),
				rs.getString(prefix + "english_name"), rs.getString(prefix + "contact_person"),
				rs.getString(prefix + "phone"), rs.getString(prefix + "address"), rs.getString(prefix + "duties"));
	}
}
