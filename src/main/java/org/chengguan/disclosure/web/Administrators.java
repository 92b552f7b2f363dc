package org.chengguan.disclosure.web;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;

/** Editing what is disclosed is for administrators: 401 without a token, 403 without the ADMIN role. */
final class Administrators {

	private Administrators() {
	}

	static Actor require(Actors actors, String what) {
		Actor actor = actors.require();
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException(what + " is for administrators (ADMIN) only");
		}
		return actor;
	}
}
