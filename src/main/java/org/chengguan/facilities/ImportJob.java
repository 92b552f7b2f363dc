package org.chengguan.facilities;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A background import of facilities (导入任务) and how far it got: the rows checked while {@code VALIDATING}, then
 * written while {@code STORING}, of {@code total}. All or nothing: {@code DONE} means every row is stored (and
 * {@code imported}, {@code added}, {@code updated} say how many), {@code FAILED} that none is ({@code message}, and
 * for a file with faults {@code errors}, the first 200 with their row or feature numbers, of {@code errorCount}).
 */
public record ImportJob(UUID id, State state, FacilityImports.Format format, int processed, int total,
		Integer imported, Integer added, Integer updated, String message, List<String> errors, int errorCount,
		Instant createdAt, Instant finishedAt) {

	public enum State {

		/** reading the file and checking every row */
		VALIDATING,
		/** writing the rows, in one transaction that commits at the end */
		STORING,
		/** every row stored */
		DONE,
		/** nothing stored: the file had faults, or the job was interrupted */
		FAILED;

		public boolean running() {
			return this == VALIDATING || this == STORING;
		}
	}
}
