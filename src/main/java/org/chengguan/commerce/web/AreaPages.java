package org.chengguan.commerce.web;

import java.util.List;

import org.chengguan.commerce.internal.Alliances;
import org.chengguan.commerce.internal.CommerceAccess;
import org.chengguan.commerce.internal.Commissioners;
import org.chengguan.commerce.internal.Masking;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's pages of their area's merchant alliances (members, rules, self-inspections) and service commissioners
 * (complex, masked phone, visit log with the questions answered, and the form to log a visit).
 */
@PageErrors("commerce.error")
@Controller
class AreaPages {

	record AllianceView(Alliances.Alliance alliance, List<String> members, String head,
			List<Alliances.SelfInspection> selfInspections) {
	}

	record CommissionerView(Commissioners.Commissioner commissioner, String phone, String complex,
			List<Commissioners.CommissionerVisit> visits) {
	}

	private final Alliances alliances;

	private final Commissioners commissioners;

	private final Actors actors;

	AreaPages(Alliances alliances, Commissioners commissioners, Actors actors) {
		this.alliances = alliances;
		this.commissioners = commissioners;
		this.actors = actors;
	}

	@GetMapping("/commerce/alliances")
	String alliances(Model model) {
		Actor me = staff();
		model.addAttribute("alliances", alliances.within(me.scopeRegionCode()).stream().map(a -> {
			var members = alliances.members(a.id());
			return new AllianceView(a, members.stream().map(m -> m.name()).toList(),
					members.stream().filter(m -> a.headMerchantId() != null && m.id() == a.headMerchantId())
						.map(m -> m.name()).findFirst().orElse(""),
					alliances.selfInspections(a.id()));
		}).toList());
		return "commerce/alliances";
	}

	@GetMapping("/commerce/commissioners")
	String commissioners(Model model) {
		Actor me = staff();
		model.addAttribute("commissioners", commissioners.within(me.scopeRegionCode()).stream()
			.map(s -> new CommissionerView(s, Masking.phone(s.phone()), commissioners.complex(s.complexId()).name(),
					commissioners.visits(me, s.id())))
			.toList());
		return "commerce/commissioners";
	}

	@PostMapping("/commerce/commissioners/{id}/visits")
	String log(@PathVariable long id, @RequestParam(required = false) String visitedOn,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String question,
			@RequestParam(required = false) String answer, RedirectAttributes redirect) {
		Actor me = staff();
		List<Commissioners.QuestionAnswered> questions = question == null || question.isBlank() ? List.of()
				: List.of(new Commissioners.QuestionAnswered(question.strip(), answer == null ? "" : answer.strip()));
		try {
			commissioners.logVisit(me, id, MerchantPages.date(visitedOn), null, summary, questions);
			redirect.addFlashAttribute("notice", "commerce.commissioners.logged");
		}
		catch (InvalidInputException | ForbiddenException e) {
			redirect.addFlashAttribute("failure", "commerce.visit.refused");
			redirect.addFlashAttribute("failureDetail", e.getMessage());
		}
		return "redirect:/commerce/commissioners#commissioner-" + id;
	}

	private Actor staff() {
		Actor me = actors.require();
		if (!CommerceAccess.isStaff(me) || me.scopeRegionCode() == null) {
			throw new ForbiddenException("these pages are for staff with a region");
		}
		return me;
	}
}
