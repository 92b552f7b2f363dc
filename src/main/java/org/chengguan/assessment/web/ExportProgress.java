package org.chengguan.assessment.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.chengguan.identity.Actor;
import org.chengguan.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * How far the report downloads being made have got, for the page's progress bar: a large period takes seconds to
 * evaluate and write before the first byte leaves. A download asked with {@code progress=<id>} (an id the page draws)
 * reports each kind evaluated and each kind written; its maker reads it by the same id while the download runs. Held
 * in this instance's memory for the length of the download only, keyed by user, so nobody reads another's; behind a
 * load balancer without sticky sessions a poll may reach another instance, which knows nothing, and the page then
 * shows an indeterminate bar.
 */
@Component
class ExportProgress {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

	/** A bound on downloads tracked at once, so that a flood of ids cannot grow the map. */
	static final int MAX_TRACKED = 1_000;

	private final Map<String, Status> running = new ConcurrentHashMap<>();

	/** Where a download stands: {@code done} of {@code total} steps, the last one a kind evaluated or written. */
	record Status(String id, String phase, String kind, int done, int total) {
	}

	/**
	 * Starts tracking a download of {@code total} steps; with no id, a tracker that records nothing.
	 *
	 * @throws InvalidInputException for an id that is not 8 to 64 letters, digits or dashes
	 */
	Tracker start(Actor actor, String id, int total) {
		if (id == null || id.isBlank()) {
			return new Tracker(null, id, total);
		}
		String key = key(actor, id);
		if (running.size() >= MAX_TRACKED) {
			return new Tracker(null, id, total);
		}
		running.put(key, new Status(id, "waiting", null, 0, total));
		return new Tracker(key, id, total);
	}

	/** The download's progress, if the actor has one running with this id here. */
	Optional<Status> status(Actor actor, String id) {
		return Optional.ofNullable(running.get(key(actor, id)));
	}

	private static String key(Actor actor, String id) {
		if (!ID.matcher(id).matches()) {
			throw new InvalidInputException("a download's progress id is 8 to 64 letters, digits or dashes");
		}
		return actor.userId() + "/" + id;
	}

	/** Records one download's steps; closing it forgets the download. */
	final class Tracker implements AutoCloseable {

		private final String key;

		private final String id;

		private final int total;

		private int done;

		private Tracker(String key, String id, int total) {
			this.key = key;
			this.id = id;
			this.total = total;
		}

		/** One more step done: the phase ({@code evaluated}, {@code written}) and the kind of unit it was. */
		void step(String phase, String kind) {
			done = Math.min(total, done + 1);
			if (key != null) {
				running.put(key, new Status(id, phase, kind, done, total));
			}
		}

		@Override
		public void close() {
			if (key != null) {
				running.remove(key);
			}
		}
	}
}
