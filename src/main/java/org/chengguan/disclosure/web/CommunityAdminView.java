package org.chengguan.disclosure.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.disclosure.internal.DisclosureProperties;
import org.chengguan.disclosure.internal.OfficerEditing;
import org.chengguan.disclosure.internal.OfficerProfile;
import org.chengguan.disclosure.internal.Supervisions.StoredSupervision;
import org.chengguan.disclosure.internal.Supervisions.Supervision;
import org.chengguan.disclosure.web.OfficerForms.OfficerForm;
import org.chengguan.disclosure.web.OfficerForms.SupervisionForm;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.NotFoundException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.RegionLevel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of a community's officers and supervision contact as the administrators see it: every profile in a form
 * (private phones included), the form to add one, the supervision contact, the community's OFFICER accounts. A post
 * that went wrong shows the page again with its own form as it was sent, or with what is stored now.
 */
@Component
class CommunityAdminView {

	private final OfficerEditing editing;

	private final RegionDirectory regions;

	private final Actors actors;

	private final DisclosureProperties defaults;

	CommunityAdminView(OfficerEditing editing, RegionDirectory regions, Actors actors, DisclosureProperties defaults) {
		this.editing = editing;
		this.regions = regions;
		this.actors = actors;
		this.defaults = defaults;
	}

	/**
	 * An officer as the page shows them: the form (stored values, or what was posted when it went wrong), the faults
	 * by field (message keys), a notice (a message key), and what the administrator tried when someone else's change
	 * came first.
	 */
	record OfficerRow(OfficerProfile profile, String photoUrl, OfficerForm form, Map<String, String> errors,
			String notice, OfficerForm attempt) {
	}

	record NewOfficer(OfficerForm form, Map<String, String> errors) {
	}

	/** @param own whether the community has its own contact (else the city's defaults are shown) */
	record SupervisionView(SupervisionForm form, boolean own, Map<String, String> errors, String notice,
			SupervisionForm attempt) {
	}

	record Account(String id, String label) {
	}

	/** What a post that went wrong shows again, on the officer it was about. */
	record Focus(long officerId, OfficerForm form, Map<String, String> errors, String notice, OfficerForm attempt) {
	}

	/** The page; each argument, when not null, replaces that part's stored state. */
	String render(String code, Model model, Focus focus, NewOfficer newOfficer, SupervisionView supervision) {
		Region community = community(code);
		Region street = regions.region(community.parentCode()).orElseThrow();
		Region district = regions.region(street.parentCode()).orElseThrow();
		List<OfficerProfile> profiles = editing.profiles(code);
		List<Actor> accounts = actors.withRole(Role.OFFICER, code);
		Set<Long> described = profiles.stream().map(OfficerProfile::userId).filter(u -> u != null)
			.collect(Collectors.toSet());
		model.addAttribute("community", community);
		model.addAttribute("street", street);
		model.addAttribute("district", district);
		model.addAttribute("rows", profiles.stream().map(p -> row(p, focus)).toList());
		model.addAttribute("newOfficer", newOfficer != null ? newOfficer : new NewOfficer(OfficerForm.blank(), Map.of()));
		model.addAttribute("supervision", supervision != null ? supervision : supervision(code));
		model.addAttribute("accounts", accounts.stream()
			.map(a -> new Account(Long.toString(a.userId()), a.displayName() + " (" + a.username() + ")"))
			.toList());
		model.addAttribute("accountIds", accounts.stream().map(a -> Long.toString(a.userId())).collect(Collectors.toSet()));
		model.addAttribute("undescribed", accounts.stream()
			.filter(a -> code.equals(a.scopeRegionCode()) && !described.contains(a.userId()))
			.map(Actor::displayName)
			.toList());
		return "disclosure/admin-officers";
	}

	private static OfficerRow row(OfficerProfile p, Focus focus) {
		String photo = p.hasPhoto() ? "/api/v1/officers/" + p.id() + "/photo?v=" + p.toPublic().photoVersion() : null;
		if (focus != null && focus.officerId() == p.id()) {
			return new OfficerRow(p, photo, focus.form(), focus.errors(), focus.notice(), focus.attempt());
		}
		return new OfficerRow(p, photo, OfficerForm.of(p), Map.of(), null, null);
	}

	/** The stored supervision contact, or the city's defaults where the community has none. */
	SupervisionView supervision(String code) {
		Optional<StoredSupervision> stored = editing.supervision(code);
		SupervisionForm form = stored.map(s -> SupervisionForm.of(s.supervision(), s.version()))
			.orElseGet(() -> SupervisionForm.of(new Supervision(defaults.supervisionPhone(), defaults.complaintMethod()),
					0));
		return new SupervisionView(form, stored.isPresent(), Map.of(), null, null);
	}

	/** The officer a post was about is gone (removed by someone else): the page says so. */
	String gone(String code, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("problem", "disclosure.admin.officer.gone");
		return render(code, model, null, null, null);
	}

	/** The officer, if they are (still) one of the community's. */
	Optional<OfficerProfile> owned(String code, long id) {
		return editing.profiles(code).stream().filter(p -> p.id() == id).findFirst();
	}

	/** @throws NotFoundException (404) if the code is no community's */
	Region community(String code) {
		return regions.region(code)
			.filter(r -> r.level() == RegionLevel.COMMUNITY)
			.orElseThrow(() -> new NotFoundException("No community with code " + code + "."));
	}
}
