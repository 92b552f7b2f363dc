package org.chengguan.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * A PostgreSQL array as one parameter of {@code JdbcClient} or {@code NamedParameterJdbcTemplate}, for statements
 * that take a whole batch as {@code unnest(:ids::bigint[], …)}. A plain Java array there would be expanded into a
 * list of placeholders.
 */
public final class SqlArray extends AbstractSqlTypeValue {

	private final String elementType;

	private final Object[] elements;

	private SqlArray(String elementType, Object[] elements) {
		this.elementType = elementType;
		this.elements = elements;
	}

	/** @param elementType the SQL name of the element type, e.g. {@code bigint}, {@code text}, {@code timestamptz} */
	public static SqlArray of(String elementType, Object[] elements) {
		return new SqlArray(elementType, elements);
	}

	@Override
	protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
		return connection.createArrayOf(elementType, elements);
	}
}
