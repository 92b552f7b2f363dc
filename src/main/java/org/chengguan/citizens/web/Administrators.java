package org.chengguan.citizens.web;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;

/** The administrators' endpoints of this module: refused (403) to everyone without the ADMIN role. */
final class Administrators {

	private Administrators() {
	}

	static Actor require(Actors actors, String what) {
		Actor actor = actors.require();
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException(what + " is shown to administrators (ADMIN) only");
		}
		return actor;
	}
}
