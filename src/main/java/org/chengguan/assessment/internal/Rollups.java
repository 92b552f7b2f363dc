package org.chengguan.assessment.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chengguan.assessment.Measure;
import org.chengguan.assessment.Measure.Table;
import org.chengguan.platform.database.CommitStatement;
import org.chengguan.platform.database.SqlArray;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rollup tables: contributions appended as deltas in the transitions' transactions, folded into the rollups by
 * additive upserts; and their clearing for a rebuild.
 */
@Repository
public class Rollups {

	private final JdbcTemplate jdbc;

	private final Map<Table, String> upserts;

	private final String fold;

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
		StringBuilder sql = new StringBuilder("""
				WITH moved AS (
				    DELETE FROM assessment.delta WHERE id IN (
				        SELECT id FROM assessment.delta ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
				    RETURNING kind, day, unit, detail, v)""");
		for (Table table : Table.values()) {
			List<String> columns = table.measures().stream().map(Measure::column).toList();
			String unit = table == Table.PERSON ? "unit::bigint" : "unit";
			StringBuilder sums = new StringBuilder();
			for (int i = 0; i < columns.size(); i++) {
				sums.append(", sum(v[").append(i + 1).append("])");
			}
			sql.append(",\n").append(table.name().toLowerCase()).append(" AS (INSERT INTO ").append(table.tableName())
				.append(" AS r (day, ").append(table.unitColumn()).append(", ").append(table.detailColumn()).append(", ")
				.append(String.join(", ", columns)).append(") SELECT day, ").append(unit).append(", detail")
				.append(sums).append(" FROM moved WHERE kind = '").append(table.name())
				.append("' GROUP BY day, unit, detail ORDER BY day, unit, detail ON CONFLICT (day, ")
				.append(table.unitColumn()).append(", ").append(table.detailColumn()).append(") DO UPDATE SET ")
				.append(columns.stream().map(c -> c + " = r." + c + " + EXCLUDED." + c).collect(Collectors.joining(", ")))
				.append(" RETURNING 1)");
		}
		for (Coarse coarse : Coarse.values()) {
			sql.append(",\n").append(coarse.name().toLowerCase()).append(" AS (").append(coarse.upsert("moved", "unit",
					"kind = 'REGION'")).append(" RETURNING 1)");
		}
		sql.append("\nSELECT count(*) FROM moved");
		this.fold = sql.toString();
	}

	/**
	 * The coarser copies of the region rollup, without the category: per day and area (the region cut to its
	 * community) for every level from the community up, and per month and region for the grids' whole months.
	 */
	public enum Coarse {

		AREA_DAY("assessment.area_day", "day", "area_code", "day", "left(%s, 12)"),
		REGION_MONTH("assessment.region_month", "month", "region_code", "date_trunc('month', day)::date", "%s");

		private final String table;

		private final String time;

		private final String unit;

		private final String timeOf;

		private final String unitOf;

		Coarse(String table, String time, String unit, String timeOf, String unitOf) {
			this.table = table;
			this.time = time;
			this.unit = unit;
			this.timeOf = timeOf;
			this.unitOf = unitOf;
		}

		public String table() {
			return table;
		}

		/** Adds the rows of {@code source} (day, region in {@code regionColumn}, measures) where {@code filter}. */
		String upsert(String source, String regionColumn, String filter) {
			List<String> columns = Table.REGION.measures().stream().map(Measure::column).toList();
			boolean deltas = source.equals("moved");
			StringBuilder sums = new StringBuilder();
			for (int i = 0; i < columns.size(); i++) {
				sums.append(", sum(").append(deltas ? "v[" + (i + 1) + "]" : columns.get(i)).append(")");
			}
			return "INSERT INTO " + table + " AS r (" + time + ", " + unit + ", " + String.join(", ", columns)
					+ ") SELECT " + timeOf + ", " + unitOf.formatted(regionColumn) + sums + " FROM " + source
					+ " WHERE " + filter + " GROUP BY 1, 2 ORDER BY 1, 2 ON CONFLICT (" + time + ", " + unit
					+ ") DO UPDATE SET "
					+ columns.stream().map(c -> c + " = r." + c + " + EXCLUDED." + c).collect(Collectors.joining(", "));
		}
	}

	/**
	 * The statement that appends the deltas, to run in the transaction that produced them (with its other
	 * before-commit statements); null if there are none. Inserts only, so concurrent transitions never wait for each
	 * other here; {@link #fold} adds them to the rollups.
	 */
	public CommitStatement recording(Map<RollupKey, long[]> deltas) {
		if (deltas.isEmpty()) {
			return null;
		}
		// one statement for them all; each row's values travel as an array literal (unnest would flatten a 2-D array)
		int n = deltas.size();
		String[] kinds = new String[n];
		Date[] days = new Date[n];
		String[] units = new String[n];
		String[] details = new String[n];
		String[] values = new String[n];
		int i = 0;
		for (Map.Entry<RollupKey, long[]> delta : deltas.entrySet()) {
			RollupKey key = delta.getKey();
			kinds[i] = key.table().name();
			days[i] = Date.valueOf(key.day());
			units[i] = key.unit();
			details[i] = key.detail();
			values[i] = Arrays.stream(delta.getValue())
				.mapToObj(Long::toString)
				.collect(java.util.stream.Collectors.joining(",", "{", "}"));
			i++;
		}
		return CommitStatement.of("""
				INSERT INTO assessment.delta (kind, day, unit, detail, v)
				SELECT kind, day, unit, detail, v::bigint[]
				FROM unnest(?::text[], ?::date[], ?::text[], ?::text[], ?::text[]) AS d(kind, day, unit, detail, v)""",
				SqlArray.of("text", kinds), SqlArray.of("date", days), SqlArray.of("text", units),
				SqlArray.of("text", details), SqlArray.of("text", values));
	}

	/**
	 * Folds up to {@code limit} deltas, oldest first, into the rollups in one statement (in the caller's
	 * transaction); deltas another transaction is folding are skipped. Returns how many were folded.
	 */
	public int fold(int limit) {
		Integer folded = jdbc.queryForObject(fold, Integer.class, limit);
		return folded == null ? 0 : folded;
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
		// the deltas first: a transition that has not written its delta yet waits, and is not in the trail read
		jdbc.execute("LOCK TABLE assessment.delta IN EXCLUSIVE MODE");
		for (Table table : Table.values()) {
			jdbc.execute("LOCK TABLE " + table.tableName() + " IN EXCLUSIVE MODE");
		}
		for (Coarse coarse : Coarse.values()) {
			jdbc.execute("LOCK TABLE " + coarse.table() + " IN EXCLUSIVE MODE");
		}
		jdbc.execute("DELETE FROM assessment.delta");
		for (Table table : Table.values()) {
			jdbc.execute("DELETE FROM " + table.tableName());
		}
		for (Coarse coarse : Coarse.values()) {
			jdbc.execute("DELETE FROM " + coarse.table());
		}
	}

	/** Fills the coarse copies from the region rollup, emptied by {@link #clearAndLock}: the end of a rebuild. */
	public void deriveCoarse() {
		for (Coarse coarse : Coarse.values()) {
			jdbc.update(coarse.upsert(Table.REGION.tableName(), "region_code", "true"));
		}
	}

	/** A coarse copy's rows as (time, unit) → values, for comparing it with the region rollup. */
	public Map<String, long[]> read(Coarse coarse) {
		Map<String, long[]> all = new java.util.TreeMap<>();
		List<Measure> measures = Table.REGION.measures();
		jdbc.query("SELECT * FROM " + coarse.table(), rs -> {
			long[] values = new long[measures.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = rs.getLong(measures.get(i).column());
			}
			all.put(rs.getDate(coarse.time).toLocalDate() + " " + rs.getString(coarse.unit), values);
		});
		return all;
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
