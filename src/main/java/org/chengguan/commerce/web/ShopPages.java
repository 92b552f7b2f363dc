package org.chengguan.commerce.web;

import java.util.List;

import org.chengguan.commerce.internal.Agreement;
import org.chengguan.commerce.internal.Alliances;
import org.chengguan.commerce.internal.Checklists;
import org.chengguan.commerce.internal.JointVisits;
import org.chengguan.commerce.internal.Merchant;
import org.chengguan.commerce.internal.MerchantStore;
import org.chengguan.commerce.internal.Merchants;
import org.chengguan.commerce.internal.StarRating;
import org.chengguan.commerce.internal.StarRatings;
import org.chengguan.commerce.internal.Visit;
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
 * The merchant owner's own page (我的店铺, phone first): each shop linked to their CITIZEN account with its storefront
 * stretch and agreement, its inspection results and stars — no personal data shown, not even their own — and, for the
 * head merchant of an alliance, the alliance's self-inspection form.
 */
@PageErrors("commerce.error")
@Controller
class ShopPages {

	/** One owned shop as the page shows it. */
	record Shop(Merchant merchant, Agreement agreement, StarRating stars, List<Visit> visits, Alliances.Alliance alliance,
			boolean head) {
	}

	private final Merchants merchants;

	private final MerchantStore store;

	private final JointVisits visits;

	private final StarRatings ratings;

	private final Alliances alliances;

	private final Checklists checklists;

	private final Actors actors;

	ShopPages(Merchants merchants, MerchantStore store, JointVisits visits, StarRatings ratings, Alliances alliances,
			Checklists checklists, Actors actors) {
		this.merchants = merchants;
		this.store = store;
		this.visits = visits;
		this.ratings = ratings;
		this.alliances = alliances;
		this.checklists = checklists;
		this.actors = actors;
	}

	@GetMapping("/citizen/shop")
	String mine(Model model) {
		Actor me = owner();
		model.addAttribute("shops", merchants.mine(me).stream().map(m -> {
			Alliances.Alliance a = m.allianceId() == null ? null : alliances.require(m.allianceId());
			return new Shop(m, store.agreement(m.id()).orElse(null), ratings.latest(m.id()).orElse(null),
					visits.ofMerchantUnchecked(m.id()), a,
					a != null && a.headMerchantId() != null && a.headMerchantId() == m.id());
		}).toList());
		model.addAttribute("items", checklists.itemsByCode());
		return "commerce/shop";
	}

	@PostMapping("/citizen/shop/alliances/{id}/self-inspections")
	String selfInspect(@PathVariable long id, @RequestParam(required = false) String inspectedOn,
			@RequestParam(required = false) Integer merchantsChecked,
			@RequestParam(required = false) Integer problemsFound, @RequestParam(required = false) String findings,
			RedirectAttributes redirect) {
		Actor me = owner();
		try {
			alliances.recordSelfInspection(me, id, MerchantPages.date(inspectedOn), merchantsChecked, problemsFound,
					findings);
			redirect.addFlashAttribute("notice", "commerce.shop.recorded");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failure", "commerce.visit.refused");
			redirect.addFlashAttribute("failureDetail", e.getMessage());
		}
		return "redirect:/citizen/shop";
	}

	private Actor owner() {
		Actor me = actors.require();
		if (!me.isCitizen()) {
			throw new ForbiddenException("this page is the shop owner's own; staff see /commerce/merchants");
		}
		return me;
	}
}
