package org.chengguan.facilities.web;

import java.util.List;

import org.chengguan.facilities.stalls.VendorRegistration;
import org.chengguan.facilities.stalls.VendorRegistrations;
import org.chengguan.facilities.stalls.VendorState;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.worktime.WorkingTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's vendor registrations (摊贩登记审核): the street's pending ones, oldest first, with the phone and the ID
 * card number masked, to verify or reject with a reason over the version shown; the latest decisions below. A decision
 * that came second is told on the page and changes nothing.
 */
@PageErrors("pitches.error")
@Controller
class OfficerVendorPages {

	private final VendorRegistrations vendors;

	private final Actors actors;

	private final WorkingTime workingTime;

	OfficerVendorPages(VendorRegistrations vendors, Actors actors, WorkingTime workingTime) {
		this.vendors = vendors;
		this.actors = actors;
		this.workingTime = workingTime;
	}

	record Row(long id, int version, String name, String maskedPhone, String maskedIdNumber, List<String> goods,
			String streetCode, String state, String reason, String registeredAt, String decidedAt, boolean hasPhoto) {

		static Row of(VendorRegistration v, WorkingTime time) {
			return new Row(v.id(), v.version(), v.name(), v.maskedPhone(), v.maskedIdNumber(), v.goods(),
					v.streetCode(), v.state().name(), v.reason(), PitchView.format(v.registeredAt(), time),
					PitchView.format(v.decidedAt(), time), v.hasPhoto());
		}
	}

	@GetMapping("/officer/vendors")
	String review(Model model) {
		Actor me = officer();
		model.addAttribute("pending", vendors.toDecide(me, VendorState.PENDING, 100).stream()
			.map(v -> Row.of(v, workingTime)).toList());
		model.addAttribute("recent", vendors.toDecide(me, null, 120).stream()
			.filter(v -> v.state() != VendorState.PENDING)
			.limit(20)
			.map(v -> Row.of(v, workingTime))
			.toList());
		return "facilities/vendor-review";
	}

	@PostMapping("/officer/vendors/{id}/verify")
	String verify(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		Actor me = officer();
		return decided(redirect, () -> {
			VendorRegistration v = vendors.verify(me, id, version);
			redirect.addFlashAttribute("notice", "vendors.review.verified");
			redirect.addFlashAttribute("noticeArgs", List.of(v.name()));
		});
	}

	@PostMapping("/officer/vendors/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Actor me = officer();
		return decided(redirect, () -> {
			VendorRegistration v = vendors.reject(me, id, reason, version);
			redirect.addFlashAttribute("notice", "vendors.review.rejected");
			redirect.addFlashAttribute("noticeArgs", List.of(v.name()));
		});
	}

	private String decided(RedirectAttributes redirect, Runnable decision) {
		try {
			decision.run();
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("failure", "vendors.review.decided");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failure", "pitches.error.invalid");
		}
		return "redirect:/officer/vendors";
	}

	private Actor officer() {
		Actor me = actors.require();
		if (!me.has(Role.OFFICER)) {
			throw new ForbiddenException("vendor registrations are verified by the officers (OFFICER) of the street");
		}
		return me;
	}
}
