package org.chengguan.commerce.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chengguan.commerce.internal.CommerceAccess;
import org.chengguan.commerce.internal.RatingRules;
import org.chengguan.commerce.internal.StarRatings;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The star-rating pages: the staff's periods and rules (leaders and administrators open and close periods and set
 * the rules), and the public list of starred shops — name and stars only — with each one's certificate.
 */
@PageErrors("commerce.error")
@Controller
class StarPages {

	private final StarRatings ratings;

	private final RatingRules rules;

	private final Actors actors;

	StarPages(StarRatings ratings, RatingRules rules, Actors actors) {
		this.ratings = ratings;
		this.rules = rules;
		this.actors = actors;
	}

	@GetMapping("/public/stars")
	String publicList(Model model) {
		model.addAttribute("stars", ratings.publicList());
		return "commerce/public-stars";
	}

	@GetMapping("/commerce/stars")
	String periods(Model model) {
		Actor me = staff();
		model.addAttribute("periods", ratings.periods());
		model.addAttribute("rules", rules.current());
		model.addAttribute("configures", CommerceAccess.configures(me));
		return "commerce/stars";
	}

	@PostMapping("/commerce/stars/periods")
	String open(@RequestParam(required = false) String name, @RequestParam(required = false) String startsOn,
			@RequestParam(required = false) String endsOn, RedirectAttributes redirect) {
		return attempt(redirect, () -> ratings.open(staff(), name, MerchantPages.date(startsOn),
				MerchantPages.date(endsOn)));
	}

	@PostMapping("/commerce/stars/periods/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(redirect, () -> ratings.close(staff(), id));
	}

	@PostMapping("/commerce/stars/rules")
	String saveRules(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		Map<String, Integer> changes = new LinkedHashMap<>();
		for (String code : RatingRules.CODES) {
			String value = form.getFirst("rule_" + code);
			if (value != null && !value.isBlank()) {
				try {
					changes.put(code, Integer.valueOf(value.strip()));
				}
				catch (NumberFormatException e) {
					changes.put(code, null);
				}
			}
		}
		return attempt(redirect, () -> rules.update(staff(), changes));
	}

	private String attempt(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", "commerce.periods.done");
		}
		catch (InvalidInputException | ConflictException | ForbiddenException e) {
			redirect.addFlashAttribute("failure", "commerce.periods.failed");
			redirect.addFlashAttribute("failureDetail", e.getMessage());
		}
		return "redirect:/commerce/stars";
	}

	private Actor staff() {
		Actor me = actors.require();
		if (!CommerceAccess.isStaff(me)) {
			throw new ForbiddenException("the rating pages are for staff; the public list is /public/stars");
		}
		return me;
	}
}
