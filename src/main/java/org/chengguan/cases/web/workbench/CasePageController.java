package org.chengguan.cases.web.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.chengguan.cases.Action;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.IllegalTransitionException;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.PayloadTooLargeException;
import org.chengguan.platform.UnsupportedContentException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case page every role shares: the case on a map, its photos, its status and deadline, its timeline, and one
 * form per action the signed-in user may take now — only those. A refused action comes back as the page with a
 * message saying why (403 role or scope, 409 changed meanwhile or not allowed in this state, 400 invalid input).
 */
@Controller
class CasePageController {

	private final CaseManagement cases;

	private final CaseViews views;

	private final Names names;

	private final Actors actors;

	private final CasePhotos photos;

	private final WorkbenchQueries queries;

	private final MapSettings map;

	CasePageController(CaseManagement cases, CaseViews views, Names names, Actors actors, CasePhotos photos,
			WorkbenchQueries queries, MapSettings map) {
		this.cases = cases;
		this.views = views;
		this.names = names;
		this.actors = actors;
		this.photos = photos;
		this.queries = queries;
		this.map = map;
	}

	@GetMapping("/cases/{id:\\d+}")
	String page(@PathVariable long id, @RequestParam(required = false) String done, Model model, Locale locale) {
		Actor me = actors.require();
		model.addAttribute("done", Action.ofPath(done == null ? "" : done).orElse(null));
		return render(me, cases.get(me, id), model, locale);
	}

	/** What a failed action says: which kind of refusal, and the server's reason. */
	record Failure(String kind, Action action, String detail) {
	}

	@PostMapping("/cases/{id:\\d+}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @ModelAttribute ActionForm form,
			BindingResult binding, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			Model model, Locale locale, HttpServletResponse response) {
		Actor me = actors.require();
		Action what = Action.ofPath(action).orElseThrow(() -> new NotFoundException("There is no action " + action));
		Failure failure;
		int status;
		try {
			if (binding.hasErrors()) {
				throw new InvalidInputException("unreadable fields: " + binding.getFieldErrors().stream()
					.map(e -> e.getField()).distinct().toList());
			}
			List<String> photoIds = new ArrayList<>(form.photoIds());
			photoIds.addAll(photos.uploadAll(me, files, photoIds.size()));
			cases.act(me, id, what, form.command(photoIds, masterId(me, form.master())));
			return "redirect:" + form.returnTo(id, what.path());
		}
		catch (ForbiddenException e) {
			failure = new Failure("forbidden", what, e.getMessage());
			status = 403;
		}
		catch (IllegalTransitionException e) {
			failure = new Failure("state", what, e.getMessage());
			status = 409;
		}
		catch (ConflictException e) {
			failure = new Failure("stale", what, e.getMessage());
			status = 409;
		}
		catch (UnsupportedContentException | PayloadTooLargeException e) {
			failure = new Failure("photo", what, e.getMessage());
			status = 400;
		}
		catch (InvalidInputException | IllegalArgumentException e) {
			// the aggregate refuses missing reasons and photos with IllegalArgumentException
			failure = new Failure("invalid", what, e.getMessage());
			status = 400;
		}
		response.setStatus(status);
		model.addAttribute("failure", failure);
		return render(me, cases.get(me, id), model, locale);
	}

	private String render(Actor me, Case c, Model model, Locale locale) {
		CaseView view = views.view(me, c, locale);
		Names.Lookup lookup = names.lookup(locale);
		model.addAttribute("c", view);
		model.addAttribute("map", map);
		if (!view.actions().isEmpty()) {
			model.addAttribute("categories", lookup.activeCategories());
			model.addAttribute("departments", lookup.departmentOptions());
		}
		return "workbench/case";
	}

	/** The master case of link-duplicate, given by its number (or the end of it) or its id, in the actor's scope. */
	private Long masterId(Actor me, String master) {
		if (master == null) {
			return null;
		}
		String digits = master.replaceAll("\\D", "");
		if (digits.isEmpty()) {
			throw new InvalidInputException("the master case is given by its number or id, was '" + master + "'");
		}
		if (digits.length() >= 10 && me.scopeRegionCode() != null) {
			return queries.idsByNumber(digits, me.scopeRegionCode(), 1).stream().findFirst()
				.orElseThrow(() -> new InvalidInputException("no case in your scope has the number " + digits));
		}
		return Long.parseLong(digits);
	}
}
