package org.chengguan.disclosure.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.disclosure.internal.OfficerEditing;
import org.chengguan.disclosure.internal.OfficerFields;
import org.chengguan.disclosure.internal.OfficerProfile;
import org.chengguan.disclosure.web.CommunityAdminView.Focus;
import org.chengguan.disclosure.web.CommunityAdminView.NewOfficer;
import org.chengguan.disclosure.web.OfficerForms.OfficerForm;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.PayloadTooLargeException;
import org.chengguan.platform.UnsupportedContentException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A community's officers (社区城管队员), for administrators: each officer's name, duty, phone (and whether the duty
 * makes it public), order, linked OFFICER account and photo, changed with the version the page showed (a change
 * someone made meanwhile is shown, never overwritten); officers added (a form sent twice adds one) and removed.
 * Faults are shown next to their fields and save nothing.
 */
@PageErrors("disclosure.admin.error")
@Controller
class OfficerAdminPage {

	private static final String ERROR = "disclosure.admin.officer.error.";

	private final OfficerEditing editing;

	private final CommunityAdminView view;

	private final Actors actors;

	OfficerAdminPage(OfficerEditing editing, CommunityAdminView view, Actors actors) {
		this.editing = editing;
		this.view = view;
		this.actors = actors;
	}

	@GetMapping("/admin/disclosure/communities/{code}")
	String community(@PathVariable String code, Model model) {
		Administrators.require(actors, "managing a community's officers");
		return view.render(code, model, null, null, null);
	}

	@PostMapping("/admin/disclosure/communities/{code}/officers")
	String add(@PathVariable String code, OfficerForm form, @RequestParam(required = false) MultipartFile photo,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Administrators.require(actors, "adding an officer");
		view.community(code);
		var faults = new ArrayList<String>();
		OfficerFields fields = form.fields(faults);
		faults.addAll(editing.faults(code, fields));
		if (!faults.isEmpty()) {
			return refusedNew(code, form, OfficerForms.errors(faults), 400, model, response);
		}
		OfficerEditing.Added added;
		try {
			added = editing.add(code, fields, form.formKey(), bytes(photo));
		}
		catch (InvalidInputException e) {
			return refusedNew(code, form, OfficerForms.errors(e.errors()), 400, model, response);
		}
		catch (PayloadTooLargeException e) {
			return refusedNew(code, form, Map.of("photo", ERROR + "photoTooLarge"), 413, model, response);
		}
		catch (UnsupportedContentException e) {
			return refusedNew(code, form, Map.of("photo", ERROR + "photoNotImage"), 415, model, response);
		}
		catch (ConflictException e) {
			return refusedNew(code, form, Map.of("userId", ERROR + "userTaken"), 409, model, response);
		}
		String notice = added.created() ? "disclosure.admin.officer.added" : "disclosure.admin.officer.alreadyAdded";
		return saved(code, added.profile().id(), notice, added.profile().name(), redirect);
	}

	@PostMapping("/admin/disclosure/communities/{code}/officers/{id}")
	String update(@PathVariable String code, @PathVariable long id, OfficerForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Administrators.require(actors, "changing an officer");
		if (view.owned(code, id).isEmpty()) {
			return view.gone(code, model, response);
		}
		int version = form.version();
		var faults = new ArrayList<String>();
		OfficerFields fields = form.fields(faults);
		faults.addAll(editing.faults(code, fields));
		if (!faults.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return view.render(code, model, new Focus(id, form, OfficerForms.errors(faults), null, null), null, null);
		}
		try {
			editing.update(id, version, fields);
		}
		catch (NotFoundException e) {
			return view.gone(code, model, response);
		}
		catch (ConflictException e) {
			if (!e.properties().containsKey("currentVersion")) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				return view.render(code, model, new Focus(id, form, Map.of("userId", ERROR + "userTaken"), null, null),
						null, null);
			}
			return stale(code, id, form, "disclosure.admin.officer.stale", model, response);
		}
		return saved(code, id, "disclosure.admin.officer.saved", fields.name(), redirect);
	}

	/** Replaces the photo. The API does the same without a version: the last photo sent is the one shown. */
	@PostMapping("/admin/disclosure/communities/{code}/officers/{id}/photo")
	String photo(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) MultipartFile photo,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Administrators.require(actors, "changing an officer's photo");
		Optional<OfficerProfile> officer = view.owned(code, id);
		if (officer.isEmpty()) {
			return view.gone(code, model, response);
		}
		byte[] picture = bytes(photo);
		String error = "photoMissing";
		int status = HttpServletResponse.SC_BAD_REQUEST;
		if (picture != null) {
			try {
				editing.replacePhoto(id, picture);
				return saved(code, id, "disclosure.admin.officer.photoSaved", officer.get().name(), redirect);
			}
			catch (PayloadTooLargeException e) {
				error = "photoTooLarge";
				status = 413;
			}
			catch (UnsupportedContentException e) {
				error = "photoNotImage";
				status = 415;
			}
		}
		response.setStatus(status);
		return view.render(code, model, new Focus(id, OfficerForm.of(officer.get()), Map.of("photo", ERROR + error), null,
				null), null, null);
	}

	@PostMapping("/admin/disclosure/communities/{code}/officers/{id}/remove")
	String remove(@PathVariable String code, @PathVariable long id, OfficerForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Administrators.require(actors, "removing an officer");
		Optional<OfficerProfile> officer = view.owned(code, id);
		if (officer.isEmpty()) {
			return view.gone(code, model, response);
		}
		try {
			editing.remove(id, form.version());
		}
		catch (NotFoundException e) {
			return view.gone(code, model, response);
		}
		catch (ConflictException e) {
			return stale(code, id, null, "disclosure.admin.officer.staleRemove", model, response);
		}
		redirect.addFlashAttribute("notice", "disclosure.admin.officer.removed");
		redirect.addFlashAttribute("noticeName", officer.get().name());
		return "redirect:/admin/disclosure/communities/" + code;
	}

	private String refusedNew(String code, OfficerForm form, Map<String, String> errors, int status, Model model,
			HttpServletResponse response) {
		response.setStatus(status);
		return view.render(code, model, null, new NewOfficer(form, errors), null);
	}

	/** Someone else changed (or removed) the officer first: the page shows what is stored now and what was tried. */
	private String stale(String code, long id, OfficerForm attempt, String notice, Model model,
			HttpServletResponse response) {
		Optional<OfficerProfile> current = view.owned(code, id);
		if (current.isEmpty()) {
			return view.gone(code, model, response);
		}
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return view.render(code, model, new Focus(id, OfficerForm.of(current.get()), Map.of(), notice, attempt), null,
				null);
	}

	private static String saved(String code, long id, String notice, String name, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeName", name);
		return "redirect:/admin/disclosure/communities/" + code + "#officer-" + id;
	}

	private static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
