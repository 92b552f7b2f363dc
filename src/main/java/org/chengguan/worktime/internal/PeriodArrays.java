package org.chengguan.worktime.internal;

import java.util.Arrays;

/** Collects working periods in time order and keeps, for each, the working time that passed before it. */
final class PeriodArrays {

	private long[] starts;

	private long[] ends;

	private long[] cumulativeStarts;

	private int size;

	private long cumulative;

	PeriodArrays(int expected) {
		starts = new long[Math.max(expected, 16)];
		ends = new long[starts.length];
		cumulativeStarts = new long[starts.length];
	}

	/**
	 * Appends the period from {@code start} to {@code end}; a period that is empty or would overlap the one before,
	 * which only a daylight-saving change can cause, is left out.
	 */
	void add(long start, long end) {
		if (end <= start || (size > 0 && start < ends[size - 1])) {
			return;
		}
		if (size == starts.length) {
			starts = Arrays.copyOf(starts, size * 2);
			ends = Arrays.copyOf(ends, size * 2);
			cumulativeStarts = Arrays.copyOf(cumulativeStarts, size * 2);
		}
		starts[size] = start;
		ends[size] = end;
		cumulativeStarts[size] = cumulative;
		cumulative += end - start;
		size++;
	}

	long[] starts() {
		return Arrays.copyOf(starts, size);
	}

	long[] ends() {
		return Arrays.copyOf(ends, size);
	}

	long[] cumulativeStarts() {
		return Arrays.copyOf(cumulativeStarts, size);
	}

	long[] cumulativeEnds() {
		long[] cumulativeEnds = new long[size];
		for (int i = 0; i < size; i++) {
			cumulativeEnds[i] = cumulativeStarts[i] + (ends[i] - starts[i]);
		}
		return cumulativeEnds;
	}
}
