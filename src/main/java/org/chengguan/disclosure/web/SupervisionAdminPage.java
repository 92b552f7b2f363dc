package org.chengguan.disclosure.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.disclosure.internal.OfficerEditing;
import org.chengguan.disclosure.web.CommunityAdminView.SupervisionView;
import org.chengguan.disclosure.web.OfficerForms.SupervisionForm;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A community's supervision contact (监督方式: supervision phone and how to complain), for administrators, changed only
 * from the version the page showed: a change someone made meanwhile is shown beside what was tried, never overwritten.
 */
@PageErrors("disclosure.admin.error")
@Controller
class SupervisionAdminPage {

	private final OfficerEditing editing;

	private final CommunityAdminView view;

	private final Actors actors;

	SupervisionAdminPage(OfficerEditing editing, CommunityAdminView view, Actors actors) {
		this.editing = editing;
		this.view = view;
		this.actors = actors;
	}

	@PostMapping("/admin/disclosure/communities/{code}/supervision")
	String supervision(@PathVariable String code, SupervisionForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Administrators.require(actors, "changing the supervision contact");
		view.community(code);
		int version = form.version();
		try {
			editing.putSupervision(code, form.supervision(), version);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			boolean own = editing.supervision(code).isPresent();
			return view.render(code, model, null, null,
					new SupervisionView(form, own, OfficerForms.errors(e.errors()), null, null));
		}
		catch (ConflictException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			SupervisionView current = view.supervision(code);
			return view.render(code, model, null, null, new SupervisionView(current.form(), current.own(), Map.of(),
					"disclosure.admin.supervision.stale", form));
		}
		redirect.addFlashAttribute("notice", "disclosure.admin.supervision.saved");
		return "redirect:/admin/disclosure/communities/" + code + "#supervision";
	}
}
