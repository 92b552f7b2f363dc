package org.chengguan.disclosure.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.worktime.WorkingTime;
import org.springframework.stereotype.Component;

/**
 * Who and when on the administrators' pages: a user id as the user's display name, an instant as the city's clock
 * reads it.
 */
@Component
class AdminPeople {

	private final Actors actors;

	private final DateTimeFormatter minutes;

	AdminPeople(Actors actors, WorkingTime worktime) {
		this.actors = actors;
		this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(worktime.zone());
	}

	/** A fresh lookup for one page: the same user is read once. */
	Names names() {
		return new Names();
	}

	String time(Instant at) {
		return at == null ? null : minutes.format(at);
	}

	final class Names {

		private final Map<Long, String> known = new HashMap<>();

		/** The user's display name; {@code #id} for a user no longer known; null for no user. */
		String of(Long userId) {
			if (userId == null) {
				return null;
			}
			return known.computeIfAbsent(userId,
					id -> actors.byId(id).map(Actor::displayName).orElse("#" + id));
		}
	}
}
