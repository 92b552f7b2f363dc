package org.chengguan.identity.web;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user as {@code me} (null when nobody is signed in). */
@ControllerAdvice(annotations = Controller.class)
class CurrentActorAdvice {

	private final Actors actors;

	CurrentActorAdvice(Actors actors) {
		this.actors = actors;
	}

	@ModelAttribute("me")
	Actor me() {
		return actors.current().orElse(null);
	}
}
