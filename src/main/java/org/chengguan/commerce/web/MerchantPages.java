package org.chengguan.commerce.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chengguan.commerce.internal.Checklists;
import org.chengguan.commerce.internal.CommerceAccess;
import org.chengguan.commerce.internal.CommerceProperties;
import org.chengguan.commerce.internal.Duty;
import org.chengguan.commerce.internal.InspectionPlans;
import org.chengguan.commerce.internal.JointVisits;
import org.chengguan.commerce.internal.Merchant;
import org.chengguan.commerce.internal.MerchantStore;
import org.chengguan.commerce.internal.Merchants;
import org.chengguan.commerce.internal.NewMerchant;
import org.chengguan.commerce.internal.StarRatings;
import org.chengguan.commerce.internal.Visit;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnprocessableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's merchant pages (phone first: used in the street): the list of the area's shops (owners masked), the
 * registration form, and a shop's record — the owner in full, the storefront stretch and agreement, the stars with
 * their reasons, the joint visits with the cases they opened, and the joint-inspection form (综合查一次).
 */
@PageErrors("commerce.error")
@Controller
class MerchantPages {

	private final Merchants merchants;

	private final MerchantStore store;

	private final JointVisits visits;

	private final Checklists checklists;

	private final StarRatings ratings;

	private final CommerceProperties properties;

	private final InspectionPlans plans;

	private final Actors actors;

	MerchantPages(Merchants merchants, MerchantStore store, JointVisits visits, Checklists checklists,
			StarRatings ratings, CommerceProperties properties, InspectionPlans plans, Actors actors) {
		this.merchants = merchants;
		this.store = store;
		this.visits = visits;
		this.checklists = checklists;
		this.ratings = ratings;
		this.properties = properties;
		this.plans = plans;
		this.actors = actors;
	}

	@GetMapping("/commerce/merchants")
	String list(@RequestParam(required = false) String q, Model model) {
		Actor me = staff();
		List<Merchant> found = merchants.list(me, null, q, 200);
		model.addAttribute("merchants", found.stream()
			.map(m -> MerchantJson.of(m, MerchantJson.View.MASKED, null, null, null)).toList());
		model.addAttribute("q", q == null ? "" : q);
		return "commerce/merchants";
	}

	@GetMapping("/commerce/merchants/new")
	String form(Model model) {
		staff();
		model.addAttribute("errors", List.of());
		model.addAttribute("form", Map.of());
		model.addAttribute("action", "/commerce/merchants/new");
		return "commerce/merchant-new";
	}

	@GetMapping("/commerce/merchants/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Merchant m = merchants.get(staff(), id);
		Map<String, String> form = new java.util.HashMap<>();
		form.put("name", m.name());
		form.put("licenceNumber", m.licenceNumber());
		form.put("businessCategory", m.businessCategory());
		form.put("ownerName", m.ownerName());
		form.put("ownerPhone", m.ownerPhone());
		form.put("ownerIdNumber", m.ownerIdNumber());
		form.put("address", m.address());
		form.put("lat", Double.toString(m.location().lat()));
		form.put("lon", Double.toString(m.location().lon()));
		form.put("frontage", m.frontage());
		form.put("frontageMetres", m.frontageMetres() == null ? "" : m.frontageMetres().toString());
		form.put("version", Integer.toString(m.version()));
		model.addAttribute("errors", List.of());
		model.addAttribute("form", form);
		model.addAttribute("action", "/commerce/merchants/" + id + "/edit");
		return "commerce/merchant-new";
	}

	@PostMapping("/commerce/merchants/{id}/edit")
	String edit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		Actor me = staff();
		Merchant current = merchants.get(me, id);
		Integer version = integer(form.getFirst("version"));
		try {
			merchants.edit(me, id, version == null ? -1 : version, request(form, current.ownerUserId()));
			redirect.addFlashAttribute("notice", "commerce.merchant.registered");
			return "redirect:/commerce/merchants/" + id;
		}
		catch (InvalidInputException | ConflictException e) {
			response.setStatus(e instanceof ConflictException ? 409 : e instanceof UnprocessableException ? 422 : 400);
			model.addAttribute("errors", List.of(e.getMessage()));
			model.addAttribute("form", form.toSingleValueMap());
			model.addAttribute("action", "/commerce/merchants/" + id + "/edit");
			return "commerce/merchant-new";
		}
	}

	private static NewMerchant request(MultiValueMap<String, String> form, Long ownerUserId) {
		return new NewMerchant(form.getFirst("name"), form.getFirst("licenceNumber"), form.getFirst("businessCategory"),
				form.getFirst("ownerName"), form.getFirst("ownerPhone"), form.getFirst("ownerIdNumber"), ownerUserId,
				form.getFirst("address"), number(form.getFirst("lat")), number(form.getFirst("lon")), null,
				form.getFirst("frontage"), integer(form.getFirst("frontageMetres")), null);
	}

	@PostMapping("/commerce/merchants/new")
	String register(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		Actor me = staff();
		try {
			Merchant m = merchants.register(me, request(form, null));
			redirect.addFlashAttribute("notice", "commerce.merchant.registered");
			return "redirect:/commerce/merchants/" + m.id();
		}
		catch (InvalidInputException | ConflictException e) {
			response.setStatus(e instanceof ConflictException ? 409 : e instanceof UnprocessableException ? 422 : 400);
			model.addAttribute("errors", List.of(e.getMessage()));
			model.addAttribute("form", form.toSingleValueMap());
			model.addAttribute("action", "/commerce/merchants/new");
			return "commerce/merchant-new";
		}
	}

	@GetMapping("/commerce/merchants/{id}")
	String record(@PathVariable long id, Model model) {
		Actor me = staff();
		Merchant m = merchants.get(me, id);
		model.addAttribute("m", m);
		model.addAttribute("agreement", store.agreement(id).orElse(null));
		model.addAttribute("duties", Duty.values());
		model.addAttribute("visits", visits.ofMerchantUnchecked(id));
		model.addAttribute("items", checklists.itemsByCode());
		model.addAttribute("bodies", checklists.bodies());
		model.addAttribute("stars", ratings.latest(id).orElse(null));
		model.addAttribute("intervalDays", properties.jointVisitInterval().toDays());
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		model.addAttribute("today", today.toString());
		model.addAttribute("plans", plans.within(m.regionCode()).stream()
			.filter(p -> m.regionCode().startsWith(p.regionCode()) && !today.isBefore(p.startsOn())
					&& !today.isAfter(p.endsOn()))
			.toList());
		return "commerce/merchant";
	}

	/** The joint-inspection form: per item result_CODE = PASS, FAIL or empty; note_CODE; case_CODE = on. */
	@PostMapping("/commerce/merchants/{id}/visits")
	String visit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect) {
		Actor me = staff();
		List<JointVisits.ItemResult> results = new ArrayList<>();
		for (String code : checklists.itemsByCode().keySet().stream().sorted().toList()) {
			String result = form.getFirst("result_" + code);
			if (result == null || result.isBlank()) {
				continue;
			}
			results.add(new JointVisits.ItemResult(code, "PASS".equals(result), form.getFirst("note_" + code),
					form.get("photos_" + code),
					"on".equals(form.getFirst("case_" + code))));
		}
		String complaint = form.getFirst("complaint");
		try {
			String plan = form.getFirst("planId");
			Visit v = visits.record(me, id, new JointVisits.VisitCommand(
					plan == null || !plan.matches("[0-9]{1,18}") ? null : Long.valueOf(plan), null, results,
					complaint == null || complaint.isBlank() ? null : complaint.strip(), form.getFirst("note")));
			long cases = v.results().stream().filter(r -> r.caseId() != null).count();
			redirect.addFlashAttribute("notice", "commerce.visit.recorded");
			redirect.addFlashAttribute("noticeArgs", List.of(v.failedItems(), cases));
			return "redirect:/commerce/merchants/" + id + "#visit-" + v.id();
		}
		catch (ConflictException e) {
			Object last = e.properties().get("lastVisitAt");
			Object next = e.properties().get("nextAllowedAt");
			if (last != null && next != null) {
				redirect.addFlashAttribute("tooSoon", List.of(day(last), day(next)));
			}
			redirect.addFlashAttribute("failure", "commerce.visit.conflict");
			redirect.addFlashAttribute("failureDetail", e.getMessage());
			return "redirect:/commerce/merchants/" + id + "#visit-form";
		}
		catch (InvalidInputException | ForbiddenException e) {
			redirect.addFlashAttribute("failure", "commerce.visit.refused");
			redirect.addFlashAttribute("failureDetail", e.getMessage());
			return "redirect:/commerce/merchants/" + id + "#visit-form";
		}
	}

	@GetMapping("/commerce/plans")
	String plans(Model model) {
		Actor me = staff();
		model.addAttribute("plans", plans.within(me.scopeRegionCode()));
		model.addAttribute("bodies", checklists.bodies());
		model.addAttribute("scope", me.scopeRegionCode());
		return "commerce/plans";
	}

	@PostMapping("/commerce/plans")
	String createPlan(@RequestParam(required = false) String name, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) List<String> bodyCodes, @RequestParam(required = false) String startsOn,
			@RequestParam(required = false) String endsOn, RedirectAttributes redirect) {
		Actor me = staff();
		try {
			plans.create(me, name, regionCode, bodyCodes, date(startsOn), date(endsOn));
			redirect.addFlashAttribute("notice", "commerce.periods.done");
		}
		catch (InvalidInputException | ForbiddenException e) {
			redirect.addFlashAttribute("failure", "commerce.visit.refused");
			redirect.addFlashAttribute("failureDetail", e.getMessage());
		}
		return "redirect:/commerce/plans";
	}

	@PostMapping("/commerce/merchants/{id}/agreement")
	String sign(@PathVariable long id, @RequestParam(required = false) String signedOn,
			@RequestParam(required = false) List<String> duties, RedirectAttributes redirect) {
		Actor me = staff();
		try {
			merchants.sign(me, id, date(signedOn), duties);
			redirect.addFlashAttribute("notice", "commerce.agreement.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failure", "commerce.visit.refused");
			redirect.addFlashAttribute("failureDetail", e.getMessage());
		}
		return "redirect:/commerce/merchants/" + id + "#agreement";
	}

	private Actor staff() {
		Actor me = actors.require();
		if (!CommerceAccess.isStaff(me)) {
			throw new ForbiddenException("the merchant pages are for staff; owners see /citizen/shop");
		}
		return me;
	}

	/** The Beijing date of an instant written by the service. */
	private static String day(Object instant) {
		return java.time.Instant.parse(instant.toString()).atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()
			.toString();
	}

	static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static Double number(String text) {
		try {
			return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static Integer integer(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
