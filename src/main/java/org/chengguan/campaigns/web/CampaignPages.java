package org.chengguan.campaigns.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengguan.assessment.Assessment;
import org.chengguan.campaigns.Campaign;
import org.chengguan.campaigns.CampaignDraft;
import org.chengguan.campaigns.CampaignProgress;
import org.chengguan.campaigns.Campaigns;
import org.chengguan.campaigns.TargetMeasure;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's campaign pages (专项整治, signed in): the list, the create and edit form (LEADER within their scope,
 * ADMIN), and a campaign's progress with its charts, tables, tagged cases and inspections; and the public progress
 * page of a published campaign (no sign-in, no case list).
 */
@PageErrors("campaigns.error")
@Controller
class CampaignPages {

	/** 淮北市: the districts and streets offered on the form are this city's. */
	static final String CITY = "3406";

	private final Campaigns campaigns;

	private final Actors actors;

	private final Assessment assessment;

	private final CatalogueManagement catalogue;

	private final RegionDirectory regions;

	private final org.springframework.context.MessageSource messages;

	CampaignPages(Campaigns campaigns, Actors actors, Assessment assessment, CatalogueManagement catalogue,
			RegionDirectory regions, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.campaigns = campaigns;
		this.actors = actors;
		this.assessment = assessment;
		this.catalogue = catalogue;
		this.regions = regions;
	}

	@GetMapping("/campaigns")
	String list(Model model) {
		Actor me = actors.require();
		model.addAttribute("campaigns", campaigns.list(me));
		model.addAttribute("today", assessment.today());
		model.addAttribute("mayCreate", Campaigns.mayEdit(me));
		model.addAttribute("names", new Names(catalogue, regions));
		return "campaigns/list";
	}

	@GetMapping("/campaigns/new")
	String blank(Model model) {
		Actor me = actors.require();
		if (!Campaigns.mayEdit(me)) {
			throw new org.chengguan.platform.ForbiddenException("campaigns are created by leaders and administrators");
		}
		LocalDate today = assessment.today();
		YearMonth first = YearMonth.from(today).minusMonths((today.getMonthValue() - 1) % 3);
		return form(model, me, CampaignForm.blank(first.atDay(1), first.plusMonths(2).atEndOfMonth()), null, List.of(),
				null);
	}

	@PostMapping("/campaigns/new")
	String create(@RequestParam MultiValueMap<String, String> sent, Model model) {
		Actor me = actors.require();
		CampaignForm form = CampaignForm.read(sent, null);
		List<String> faults = new ArrayList<>();
		CampaignDraft draft = form.draft(faults);
		if (faults.isEmpty()) {
			try {
				return "redirect:/campaigns/" + campaigns.create(me, draft).id();
			}
			catch (InvalidInputException e) {
				faults.addAll(e.errors().isEmpty() ? List.of(e.getMessage()) : e.errors());
			}
		}
		return form(model, me, form, null, faults, null);
	}

	@GetMapping("/campaigns/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Actor me = actors.require();
		Campaign c = campaigns.get(me, id);
		if (!Campaigns.mayEdit(me, c)) {
			throw new org.chengguan.platform.ForbiddenException("this campaign is changed by its leaders and administrators");
		}
		return form(model, me, CampaignForm.of(c), c, List.of(), null);
	}

	@PostMapping("/campaigns/{id}/edit")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> sent, Model model) {
		Actor me = actors.require();
		Campaign stored = campaigns.get(me, id);
		CampaignForm form = CampaignForm.read(sent, CampaignForm.of(stored));
		List<String> faults = new ArrayList<>();
		CampaignDraft draft = form.draft(faults);
		String conflict = null;
		if (faults.isEmpty()) {
			try {
				campaigns.update(me, id, form.expectedVersion(), draft);
				return "redirect:/campaigns/" + id;
			}
			catch (InvalidInputException e) {
				faults.addAll(e.errors().isEmpty() ? List.of(e.getMessage()) : e.errors());
			}
			catch (ConflictException e) {
				conflict = String.valueOf(e.properties().get("currentVersion"));
			}
		}
		return form(model, me, form, stored, faults, conflict);
	}

	private String form(Model model, Actor me, CampaignForm form, Campaign stored, List<String> faults,
			String conflictVersion) {
		model.addAttribute("form", form);
		model.addAttribute("stored", stored);
		model.addAttribute("faults", faults);
		model.addAttribute("conflictVersion", conflictVersion);
		model.addAttribute("measures", TargetMeasure.values());
		model.addAttribute("fields", CampaignForm.FIELDS);
		model.addAttribute("categories", catalogue.categories().stream().filter(Category::active).toList());
		model.addAttribute("districts", districts(me));
		return "campaigns/form";
	}

	/** The districts, each with its streets, that the editor may name: an ADMIN's the city's, a leader's in scope. */
	private List<District> districts(Actor me) {
		List<District> out = new ArrayList<>();
		for (Region d : regions.children(CITY)) {
			List<Region> streets = regions.children(d.code()).stream()
				.filter(s -> me.has(org.chengguan.identity.Role.ADMIN) || me.covers(s.code()))
				.toList();
			if (!streets.isEmpty()) {
				out.add(new District(d, me.has(org.chengguan.identity.Role.ADMIN) || me.covers(d.code()), streets));
			}
		}
		return out;
	}

	/** A district on the form: whether it can be chosen as a whole, and its streets. */
	public record District(Region district, boolean choosable, List<Region> streets) {
	}

	@GetMapping("/campaigns/{id}")
	String progress(@PathVariable long id, @RequestParam(defaultValue = "0") int offset, Model model,
			java.util.Locale locale) {
		Actor me = actors.require();
		CampaignProgress p = campaigns.progress(me, id);
		model.addAttribute("p", p);
		model.addAttribute("charts", Charts.of(p, messages.getMessage("campaigns.overall", null, locale)));
		model.addAttribute("names", new Names(catalogue, regions));
		model.addAttribute("mayEdit", Campaigns.mayEdit(me, p.campaign()));
		model.addAttribute("cases", campaigns.cases(me, id, Math.max(0, offset), 100));
		model.addAttribute("offset", Math.max(0, offset));
		model.addAttribute("inspections", campaigns.inspections(me, id));
		model.addAttribute("publicView", false);
		return "campaigns/progress";
	}

	@GetMapping("/public/campaigns/{id}")
	String publicProgress(@PathVariable long id, Model model, java.util.Locale locale) {
		CampaignProgress p = campaigns.publicProgress(id);
		model.addAttribute("p", p);
		model.addAttribute("charts", Charts.of(p, messages.getMessage("campaigns.overall", null, locale)));
		model.addAttribute("names", new Names(catalogue, regions));
		model.addAttribute("mayEdit", false);
		model.addAttribute("cases", List.of());
		model.addAttribute("inspections", List.of());
		model.addAttribute("publicView", true);
		return "campaigns/progress";
	}

	/** Names of categories and regions for the pages (the code itself when there is none). */
	public record Names(CatalogueManagement catalogue, RegionDirectory regions) {

		public String category(String code) {
			return catalogue.category(code).map(Category::name).orElse(code);
		}

		public String region(String code) {
			return regions.region(code).map(Region::name).orElse(code);
		}

		/** A region with its parents' names up to the district: 相山区 相南街道 翠峰社区. */
		public String place(String code) {
			List<String> parts = new ArrayList<>();
			for (int length : new int[] { 6, 9, 12, 15 }) {
				if (code.length() >= length) {
					Optional<Region> r = regions.region(code.substring(0, length));
					r.ifPresent(region -> parts.add(region.name()));
				}
			}
			return parts.isEmpty() ? code : String.join(" ", parts);
		}

		/** A count as a whole number, a rate as a percentage; a dash when there is none. */
		public String value(TargetMeasure measure, Double v) {
			if (v == null) {
				return "–";
			}
			String n = v == Math.rint(v) ? Long.toString(v.longValue()) : String.format(java.util.Locale.ROOT, "%.2f", v);
			return measure.rate() ? n + "%" : n;
		}

		public String percent(Double v) {
			return v == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", v);
		}

		/** How wide a progress bar is drawn: the percent, at most 100. */
		public long bar(Double v) {
			return v == null ? 0 : Math.round(Math.min(100, Math.max(0, v)));
		}

		public String when(java.time.Instant at) {
			return at == null ? "–" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.format(at.atZone(java.time.ZoneId.of("Asia/Shanghai")));
		}
	}

	/**
	 * The progress charts' data (ECharts bars, target against actual): one chart per measure that has a target, over
	 * the campaign and each district and street; values as comma-separated numbers, empty where there is none.
	 */
	public record Charts(List<Chart> charts) {

		public record Chart(String measure, String units, String targets, String actuals) {
		}

		static Charts of(CampaignProgress p, String overallName) {
			List<Chart> out = new ArrayList<>();
			for (var t : p.campaign().targets()) {
				List<CampaignProgress.Unit> units = new ArrayList<>();
				units.add(new CampaignProgress.Unit(p.overall().code(), overallName, p.overall().figures()));
				units.addAll(p.districts());
				units.addAll(p.streets());
				List<String> names = new ArrayList<>();
				List<String> targets = new ArrayList<>();
				List<String> actuals = new ArrayList<>();
				for (CampaignProgress.Unit u : units) {
					CampaignProgress.Figure f = u.figures().stream().filter(x -> x.measure() == t.measure()).findFirst()
						.orElseThrow();
					names.add(u.name().replace(",", " "));
					targets.add(number(f.target()));
					actuals.add(number(f.actual()));
				}
				out.add(new Chart(t.measure().name(), String.join(",", names), String.join(",", targets),
						String.join(",", actuals)));
			}
			return new Charts(out);
		}

		static String number(Double v) {
			return v == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", v);
		}
	}
}
