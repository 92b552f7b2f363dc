package org.chengguan.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.chengguan.worktime.TimeLimit;
import org.chengguan.worktime.TimeLimitUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The categories (类别) in the database, each with its class and default department; read through a minute's cache. */
@Repository
class Categories {

	private static final String SELECT = """
			SELECT c.code, c.standard, c.kind, c.class_code, k.name AS class_name, c.name, c.limit_amount,
			       c.limit_unit, c.urgent, c.filing_rule, c.closing_rule, c.active,
			       d.code AS d_code, d.name AS d_name, d.english_name AS d_english_name,
			       d.contact_person AS d_contact_person, d.phone AS d_phone, d.address AS d_address,
			       d.duties AS d_duties
			FROM catalogue.category c
			JOIN catalogue.category_class k ON k.standard = c.standard AND k.kind = c.kind AND k.code = c.class_code
			JOIN catalogue.department d ON d.code = c.default_department
			""";

	private final JdbcClient jdbc;

	/** The categories by code, in code order. */
	private final ReadThrough<java.util.Map<String, Category>> byCode;

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.byCode = new ReadThrough<>(() -> {
			java.util.Map<String, Category> read = new java.util.LinkedHashMap<>();
			this.jdbc.sql(SELECT + " ORDER BY c.code").query((rs, row) -> map(rs)).list()
				.forEach(c -> read.put(c.code(), c));
			return java.util.Collections.unmodifiableMap(read);
		});
	}

	List<Category> all() {
		return List.copyOf(byCode.get().values());
	}

	Optional<Category> byCode(CategoryCode code) {
		return Optional.ofNullable(byCode.get().get(code.value()));
	}

	private static Category map(ResultSet rs) throws SQLException {
		var limit = new TimeLimit(plain(rs.getBigDecimal("limit_amount")),
				TimeLimitUnit.valueOf(rs.getString("limit_unit")));
		return new Category(rs.getString("code"), rs.getString("standard"), CategoryKind.valueOf(rs.getString("kind")),
				new CategoryClass(rs.getString("class_code"), rs.getString("class_name")), rs.getString("name"),
				Departments.map(rs, "d_"), limit, rs.getBoolean("urgent"), rs.getString("filing_rule"),
				rs.getString("closing_rule"), rs.getBoolean("active"));
	}

	/** 4, not 4.00 or 4E+0: amounts reach clients as people write them. */
	private static BigDecimal plain(BigDecimal amount) {
		var stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
