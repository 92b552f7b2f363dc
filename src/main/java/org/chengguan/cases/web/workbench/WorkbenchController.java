package org.chengguan.cases.web.workbench;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chengguan.cases.CaseStatus;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * 指挥中心: the command centre's workbench. Queues per stage with counts and deadline colours, search and filters,
 * bulk dispatch of filed cases, and live refresh: the page subscribes to {@code /workbench/events} and reloads its
 * counts and queue (htmx) whenever a case in its scope changes.
 */
@Controller
class WorkbenchController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(Countdown.CITY);

	private final WorkbenchLists lists;

	private final BulkDispatch bulkDispatch;

	private final WorkbenchEvents events;

	private final Names names;

	private final RegionDirectory regions;

	private final Actors actors;

	private final MapSettings map;

	private final Clock clock;

	WorkbenchController(WorkbenchLists lists, BulkDispatch bulkDispatch, WorkbenchEvents events, Names names,
			RegionDirectory regions, Actors actors, MapSettings map, Clock clock) {
		this.map = map;
		this.lists = lists;
		this.bulkDispatch = bulkDispatch;
		this.events = events;
		this.names = names;
		this.regions = regions;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/workbench")
	String page(@RequestParam(required = false) String queue, @RequestParam(required = false) String number,
			@RequestParam(required = false) String category, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model,
			Locale locale) {
		Actor me = PageAccess.WORKBENCH.require(actors.require());
		return fullPage(me, QueueFilter.parse(me, queue, number, category, region, status, page), model, locale);
	}

	private String fullPage(Actor me, QueueFilter filter, Model model, Locale locale) {
		Names.Lookup lookup = names.lookup(locale);
		queue(me, filter, lookup, model);
		counts(me, filter, model);
		model.addAttribute("regions", regionOptions(me));
		model.addAttribute("categories", lookup.activeCategories());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("queues", Queue.values());
		model.addAttribute("map", map);
		return "workbench/workbench";
	}

	@GetMapping("/workbench/queue")
	String queueFragment(@RequestParam(required = false) String queue, @RequestParam(required = false) String number,
			@RequestParam(required = false) String category, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model,
			Locale locale) {
		Actor me = PageAccess.WORKBENCH.require(actors.require());
		queue(me, QueueFilter.parse(me, queue, number, category, region, status, page), names.lookup(locale), model);
		return "workbench/queue :: queue";
	}

	@GetMapping("/workbench/counts")
	String countsFragment(@RequestParam(required = false) String queue, @RequestParam(required = false) String region,
			Model model) {
		Actor me = PageAccess.WORKBENCH.require(actors.require());
		counts(me, QueueFilter.parse(me, queue, null, null, region, null, 0), model);
		return "workbench/queue :: counts";
	}

	/** Bulk dispatch: the page's script shows the result above the queue; without script, the whole page does. */
	@PostMapping("/workbench/dispatch")
	String dispatch(@RequestParam(name = "pick", required = false) List<String> picks,
			@RequestParam(required = false) String departmentCode,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		Actor me = PageAccess.WORKBENCH.require(actors.require());
		Names.Lookup lookup = names.lookup(locale);
		model.addAttribute("results", bulkDispatch.dispatch(me, picks == null ? List.of() : picks, departmentCode,
				lookup));
		if (htmx == null) {
			return fullPage(me, QueueFilter.parse(me, Queue.TO_DISPATCH.name(), null, null, null, null, 0), model,
					locale);
		}
		return "workbench/queue :: bulk-result";
	}

	@GetMapping(value = "/workbench/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events() {
		Actor me = actors.require();
		if (!PageAccess.WORKBENCH.allows(me) && !PageAccess.DEPARTMENT.allows(me)) {
			PageAccess.WORKBENCH.require(me);
		}
		return events.subscribe(me);
	}

	private void queue(Actor me, QueueFilter filter, Names.Lookup lookup, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("listing", lists.list(me, filter, lookup));
		if (filter.queue() == Queue.TO_DISPATCH && !filter.searchesNumber()) {
			model.addAttribute("departments", lookup.departmentOptions());
		}
	}

	private void counts(Actor me, QueueFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("counts", lists.counts(me, filter.region()));
		model.addAttribute("updatedAt", TIME.format(clock.instant()));
		model.addAttribute("queues", Queue.values());
	}

	/** The user's scope and the regions one level down, for the region filter. */
	private List<Names.Option> regionOptions(Actor me) {
		String scope = me.scopeRegionCode();
		List<Names.Option> options = new ArrayList<>();
		regions.region(scope).ifPresent(r -> options.add(new Names.Option(r.code(), r.name())));
		for (Region child : regions.children(scope)) {
			options.add(new Names.Option(child.code(), "— " + child.name()));
		}
		return options;
	}
}
