package org.chengguan.catalogue;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A value read from the database and kept for a while: the catalogue's tables change only by migration (or by an
 * operator's SQL) while every report and filing reads them, so they are read again at most a minute after the last
 * read. Two threads may read at once when it expires; both get a whole, consistent value.
 */
final class ReadThrough<T> {

	private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(60);

	/** A value and when it was read. */
	private record Read<T>(T value, long at) {
	}

	private final Supplier<T> reader;

	private volatile Read<T> last;

	ReadThrough(Supplier<T> reader) {
		this.reader = reader;
	}

	T get() {
		Read<T> read = last;
		long now = System.nanoTime();
		if (read == null || now - read.at() > FRESH_NANOS) {
			read = new Read<>(reader.get(), now);
			last = read;
		}
		return read.value();
	}
}
