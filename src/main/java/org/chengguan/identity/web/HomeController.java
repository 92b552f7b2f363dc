package org.chengguan.identity.web;

import org.chengguan.identity.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page for everyone, and each signed-in user's home. */
@Controller
class HomeController {

	private final Actors actors;

	HomeController(Actors actors) {
		this.actors = actors;
	}

	@GetMapping("/")
	String landing() {
		return "platform/landing";
	}

	/** Each user's start page; the chain has already sent anyone not signed in to the sign-in page. */
	@GetMapping("/home")
	String home() {
		actors.require();
		return "identity/home";
	}
}
