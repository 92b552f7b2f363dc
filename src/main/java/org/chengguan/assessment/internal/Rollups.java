package org.chengguan.assessment.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chengguan.assessment.Measure;
import org.chengguan.assessment.Measure.Table;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rollup tables: additive upserts of contributions, and their clearing for a rebuild. */
@Repository
public class Rollups {

	private final JdbcTemplate jdbc;

	private final Map<Table, String> upserts;

	Rollups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.upserts = new java.util.EnumMap<>(Table.class);
		for (Table table : Table.values()) {
			List<String> columns = table.measures().stream().map(Measure::column).toList();
			String unitParameter = table == Table.PERSON ? "?::bigint" : "?";
			upserts.put(table, "INSERT INTO " + table.tableName() + " AS r (day, " + table.unitColumn() + ", "
					+ table.detailColumn() + ", " + String.join(", ", columns) + ") VALUES (?, " + unitParameter + ", ?, "
					+ columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT (day, "
					+ table.unitColumn() + ", " + table.detailColumn() + ") DO UPDATE SET "
					+ columns.stream().map(c -> c + " = r." + c + " + EXCLUDED." + c).collect(Collectors.joining(", ")));
		}
	}

	/** Adds the deltas to their rows, in the caller's transaction; rows in key order (no lock-order deadlocks). */
	public void add(Map<RollupKey, long[]> deltas) {
		if (deltas.isEmpty()) {
			return;
		}
		Map<Table, List<Object[]>> rows = new java.util.EnumMap<>(Table.class);
		new java.util.TreeMap<>(deltas).forEach((key, values) -> {
			Object[] row = new Object[3 + values.length];
			row[0] = Date.valueOf(key.day());
			row[1] = key.unit();
			row[2] = key.detail();
			for (int i = 0; i < values.length; i++) {
				row[3 + i] = values[i];
			}
			rows.computeIfAbsent(key.table(), t -> new ArrayList<>()).add(row);
		});
		rows.forEach((table, batch) -> jdbc.batchUpdate(upserts.get(table), batch));
	}

	/** Empties the rollups, holding them locked until the caller's transaction ends: the start of a rebuild. */
	public void clearAndLock() {
		for (Table table : Table.values()) {
			jdbc.execute("LOCK TABLE " + table.tableName() + " IN EXCLUSIVE MODE");
		}
		for (Table table : Table.values()) {
			jdbc.execute("DELETE FROM " + table.tableName());
		}
	}

	/** Every row of a table as key → values, for comparing rollups with a rebuild. */
	public Map<RollupKey, long[]> read(Table table) {
		Map<RollupKey, long[]> all = new java.util.TreeMap<>();
		List<Measure> measures = table.measures();
		jdbc.query("SELECT * FROM " + table.tableName(), rs -> {
			long[] values = new long[measures.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = rs.getLong(measures.get(i).column());
			}
			all.put(new RollupKey(table, rs.getDate("day").toLocalDate(), rs.getString(table.unitColumn()),
					rs.getString(table.detailColumn())), values);
		});
		return all;
	}
}
