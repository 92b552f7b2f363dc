package org.chengguan.facilities.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.facilities.stalls.NewVendorRegistration;
import org.chengguan.facilities.stalls.VendorRegistration;
import org.chengguan.facilities.stalls.VendorRegistrations;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.worktime.WorkingTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's vendor registration (摊贩登记, phone first): the registration's state and, while it is not verified,
 * the form; a refused form is shown again with each fault by its field, nothing saved. The ID card number is shown in
 * full here only, to its owner.
 */
@PageErrors("pitches.error")
@Controller
class VendorPages {

	/** The city whose streets the form offers. */
	static final String CITY = "3406";

	private final VendorRegistrations vendors;

	private final Actors actors;

	private final RegionDirectory regions;

	private final WorkingTime workingTime;

	VendorPages(VendorRegistrations vendors, Actors actors, RegionDirectory regions, WorkingTime workingTime) {
		this.vendors = vendors;
		this.actors = actors;
		this.regions = regions;
		this.workingTime = workingTime;
	}

	record VendorForm(String name, String phone, String idNumber, String goods, String streetCode) {
	}

	record StreetOption(String code, String label) {
	}

	@GetMapping("/citizen/vendor")
	String page(Model model) {
		Actor me = citizen();
		Optional<VendorRegistration> mine = vendors.mine(me);
		VendorForm form = mine.map(v -> new VendorForm(v.name(), v.phone(), v.idNumber(), String.join("、", v.goods()),
				v.streetCode()))
			.orElse(new VendorForm(me.displayName(), "", "", "", ""));
		fill(model, mine.orElse(null), form, List.of());
		return "facilities/vendor";
	}

	@PostMapping("/citizen/vendor")
	String register(@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String goods,
			@RequestParam(required = false) String streetCode, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor me = citizen();
		var form = new VendorForm(name, phone, idNumber, goods, streetCode);
		var details = new NewVendorRegistration(name, phone, idNumber, splitGoods(goods), streetCode);
		List<String> faults = vendors.faults(details).stream().map(f -> f.substring(0, f.indexOf(':'))).distinct()
			.toList();
		if (faults.isEmpty()) {
			try {
				vendors.register(me, details);
				redirect.addFlashAttribute("notice", "vendors.page.submitted");
				return "redirect:/citizen/vendor";
			}
			catch (ConflictException e) {
				faults = List.of(e.getMessage().startsWith("idNumber") ? "idNumberTaken" : "verified");
				response.setStatus(409);
			}
		}
		else {
			response.setStatus(400);
		}
		fill(model, vendors.mine(me).orElse(null), form, faults);
		return "facilities/vendor";
	}

	/** The vendor's photo (证件照), from the page's file input. */
	@PostMapping("/citizen/vendor/photo")
	String photo(@RequestParam("photo") MultipartFile photo, RedirectAttributes redirect) throws IOException {
		Actor me = citizen();
		try {
			vendors.photo(me, photo.getBytes());
			redirect.addFlashAttribute("notice", "vendors.page.photoSaved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failure", "vendors.fault.photo");
		}
		return "redirect:/citizen/vendor";
	}

	private void fill(Model model, VendorRegistration mine, VendorForm form, List<String> faults) {
		model.addAttribute("vendor", mine);
		model.addAttribute("decidedAt", mine == null ? null : PitchView.format(mine.decidedAt(), workingTime));
		model.addAttribute("form", form);
		model.addAttribute("faults", faults);
		model.addAttribute("streets", streets());
	}

	private List<StreetOption> streets() {
		List<StreetOption> options = new ArrayList<>();
		for (Region district : regions.children(CITY)) {
			for (Region street : regions.children(district.code())) {
				if (street.code().length() == 9) {
					options.add(new StreetOption(street.code(), district.name() + " " + street.name()));
				}
			}
		}
		return options;
	}

	/** Goods as typed: separated by 、 , ， or spaces. */
	static List<String> splitGoods(String text) {
		return text == null ? List.of() : List.of(text.split("[、,，\\s]+"));
	}

	private Actor citizen() {
		Actor me = actors.require();
		if (!me.isCitizen()) {
			throw new ForbiddenException("a citizen registers as a vendor; officers verify on /officer/vendors");
		}
		return me;
	}
}
