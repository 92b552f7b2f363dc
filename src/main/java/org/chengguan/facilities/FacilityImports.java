package org.chengguan.facilities;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengguan.facilities.internal.ImportChecks;
import org.chengguan.facilities.internal.ImportFile;
import org.chengguan.facilities.internal.ImportRow;
import org.chengguan.facilities.internal.ImportWriter;
import org.chengguan.facilities.internal.NewFacility;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnprocessableException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports facilities from CSV or GeoJSON (导入): every row is checked first — fields, types, numbers, opening hours,
 * the point inside the city (located with the regions module) — and only a file without a fault is written, in one
 * transaction. A rejected file is one 422 listing every fault (the first {@value #MAX_ERRORS}). An import can tell
 * its {@link Progress} as it goes ({@link FacilityImportJobs} runs large files so, in the background).
 */
@Service
public class FacilityImports {

	static final int MAX_ERRORS = 200;

	static final int MAX_ROWS = 200_000;

	/** How many rows are checked between two reports of progress. */
	private static final int REPORT_EVERY = 500;

	static final List<String> COLUMNS = List.of("code", "name", "type", "lat", "lon", "crs", "address", "hours",
			"features", "contact", "capacity", "fee", "government_lot", "sharing_hours", "pitches", "goods", "ports");

	private static final List<String> REQUIRED = List.of("code", "name", "type", "lat", "lon");

	private final ImportChecks checks;

	private final ImportWriter writer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	FacilityImports(ImportChecks checks, ImportWriter writer, TransactionTemplate transaction, Clock clock) {
		this.checks = checks;
		this.writer = writer;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What an import did (or, with dryRun, would do). */
	public record Result(int imported, int added, int updated, Map<FacilityType, Integer> byType, boolean dryRun) {
	}

	/** A file with faults in its rows: the first {@value #MAX_ERRORS} listed, {@link #faults()} how many in all. */
	public static final class Rejected extends UnprocessableException {

		private final int faults;

		Rejected(String message, List<String> shown, int faults) {
			super(message, shown);
			this.faults = faults;
		}

		public int faults() {
			return faults;
		}
	}

	/** The kinds of file an import reads. */
	public enum Format {

		/** {@code text/csv}: a header row naming the columns */
		CSV,
		/** {@code application/geo+json}: a FeatureCollection of Points */
		GEOJSON;

		/** The format of a request's content type: CSV for {@code text/csv}, GeoJSON for the JSON types. */
		public static Format of(String contentType) {
			return contentType != null && contentType.startsWith("text/csv") ? CSV : GEOJSON;
		}
	}

	/**
	 * What an import tells as it goes. {@link #checked} and {@link #stored} come in order, each ending with
	 * {@code done == total}; {@link #storedAll} comes last, inside the import's transaction, before it commits — a
	 * listener that throws there undoes the whole import.
	 */
	public interface Progress {

		/** Tells nothing. */
		Progress NONE = new Progress() {
		};

		/** {@code done} of the file's {@code total} rows checked. */
		default void checked(int done, int total) {
		}

		/** {@code done} of {@code total} checked rows written (in a transaction not yet committed). */
		default void stored(int done, int total) {
		}

		/** All written; the transaction commits when this returns. */
		default void storedAll(Result result) {
		}
	}

	public Result csv(String text, boolean dryRun) {
		return run(Format.CSV, text, dryRun, Progress.NONE);
	}

	public Result geojson(String text, boolean dryRun) {
		return run(Format.GEOJSON, text, dryRun, Progress.NONE);
	}

	/**
	 * Reads, checks and (unless a dry run) stores the file, telling the progress as it goes.
	 *
	 * @throws InvalidInputException if the file cannot be read (400)
	 * @throws UnprocessableException listing the faults of its rows (422): nothing was stored
	 */
	public Result run(Format format, String text, boolean dryRun, Progress progress) {
		List<ImportRow> rows = format == Format.CSV ? ImportFile.csv(text, COLUMNS, REQUIRED) : ImportFile.geojson(text);
		if (rows.isEmpty()) {
			throw new InvalidInputException("The file has no facilities.");
		}
		if (rows.size() > MAX_ROWS) {
			throw new InvalidInputException("At most " + MAX_ROWS + " facilities per import, the file has " + rows.size());
		}
		List<NewFacility> valid = check(rows, progress);
		Map<FacilityType, Integer> byType = new EnumMap<>(FacilityType.class);
		valid.forEach(f -> byType.merge(f.type(), 1, Integer::sum));
		Set<String> codes = new HashSet<>();
		valid.forEach(f -> codes.add(f.code()));
		int existing = writer.existing(codes);
		Result result = new Result(valid.size(), valid.size() - existing, existing, byType, dryRun);
		if (!dryRun) {
			transaction.executeWithoutResult(status -> {
				progress.stored(0, valid.size());
				writer.write(valid, clock.instant(), stored -> progress.stored(stored, valid.size()));
				progress.storedAll(result);
			});
		}
		return result;
	}

	/** The rows as facilities to store; every fault of the file in one 422 if there is any. */
	private List<NewFacility> check(List<ImportRow> rows, Progress progress) {
		List<String> errors = new ArrayList<>();
		List<NewFacility> valid = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		progress.checked(0, rows.size());
		for (int i = 0; i < rows.size(); i++) {
			ImportRow row = rows.get(i);
			checks.read(row, errors).ifPresent(f -> {
				if (!codes.add(f.code())) {
					errors.add(row.where() + ": the code " + f.code() + " appears more than once in the file");
				}
				valid.add(f);
			});
			if ((i + 1) % REPORT_EVERY == 0 || i + 1 == rows.size()) {
				progress.checked(i + 1, rows.size());
			}
		}
		if (!errors.isEmpty()) {
			List<String> shown = errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
			throw new Rejected("The import was rejected as a whole, nothing was stored: " + errors.size()
					+ " fault(s) in " + rows.size() + " row(s).", shown, errors.size());
		}
		return valid;
	}
}
