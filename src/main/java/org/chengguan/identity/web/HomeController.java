package org.chengguan.identity.web;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

	/**
	 * Each user's start page, by role: citizens to their reports, inspectors to their tasks, departments and
	 * community officers to their cases, the command centre to the workbench, leaders to the dashboard. The chain
	 * has already sent anyone not signed in to the sign-in page.
	 */
	@GetMapping("/home")
	String home(Model model) {
		Actor actor = actors.require();
		if (actor.has(Role.LEADER)) {
			return "redirect:/dashboard";
		}
		if (actor.has(Role.OPERATOR) || actor.has(Role.SHIFT_LEADER) || actor.has(Role.DISPATCHER)) {
			return "redirect:/workbench";
		}
		if (actor.has(Role.HANDLER) || actor.has(Role.OFFICER)) {
			return "redirect:/department";
		}
		if (actor.has(Role.INSPECTOR)) {
			return "redirect:/inspector";
		}
		if (actor.has(Role.CITIZEN)) {
			return "redirect:/citizen";
		}
		return me(model);
	}

	/** The page that says who is signed in, with what role and scope, and an administrator's pages. */
	@GetMapping("/me")
	String me(Model model) {
		model.addAttribute("admin", actors.require().has(Role.ADMIN));
		return "identity/home";
	}
}
