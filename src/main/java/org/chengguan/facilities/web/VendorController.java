package org.chengguan.facilities.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.facilities.stalls.NewVendorRegistration;
import org.chengguan.facilities.stalls.VendorPhoto;
import org.chengguan.facilities.stalls.VendorRegistrations;
import org.chengguan.facilities.stalls.VendorState;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "vendors", description = "摊贩登记: a citizen registers once as a street vendor; an officer of the street "
		+ "verifies or rejects it. A pitch application needs a verified registration.")
@RestController
class VendorController {

	private final VendorRegistrations vendors;

	private final Actors actors;

	VendorController(VendorRegistrations vendors, Actors actors) {
		this.vendors = vendors;
		this.actors = actors;
	}

	record RegisterRequest(String name, String phone, String idNumber, List<String> goods, String streetCode) {
	}

	record DecisionRequest(Integer version, String reason) {
	}

	record VendorList(int count, List<VendorJson> items) {
	}

	@Operation(summary = "My vendor registration (the phone and ID card number in full)",
			description = "404 if the signed-in citizen has not registered.")
	@GetMapping("/api/v1/vendors/me")
	VendorJson mine() {
		Actor me = actors.require();
		return vendors.mine(me)
			.map(v -> VendorJson.of(v, me))
			.orElseThrow(() -> new NotFoundException("You have not registered as a vendor (PUT /api/v1/vendors/me)."));
	}

	@Operation(summary = "A citizen registers as a vendor, or corrects a pending or rejected registration",
			description = "name (1–40), phone (mobile), idNumber (18 characters, check digit verified), goods (1–10 "
					+ "kinds), streetCode (the 9-digit street whose officers verify). The registration is PENDING "
					+ "until an officer decides. 400 lists every fault; 409 once verified or when the ID card number "
					+ "is another registration's; 403 for staff.")
	@PutMapping("/api/v1/vendors/me")
	VendorJson register(@RequestBody RegisterRequest request) {
		Actor me = actors.require();
		return VendorJson.of(vendors.register(me, new NewVendorRegistration(request.name(), request.phone(),
				request.idNumber(), request.goods(), request.streetCode())), me);
	}

	@Operation(summary = "The vendor's photo (证件照) on their registration: image/jpeg or image/png, at most 2 MB")
	@PutMapping(value = "/api/v1/vendors/me/photo", consumes = { MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<Void> photo(@RequestBody byte[] body) {
		vendors.photo(actors.require(), body);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "A registration's photo, for the vendor and the officers of its street")
	@GetMapping("/api/v1/vendors/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		VendorPhoto photo = vendors.photo(actors.require(), id)
			.orElseThrow(() -> new NotFoundException("Vendor registration " + id + " has no photo."));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.mediaType()))
			.cacheControl(CacheControl.noStore())
			.body(photo.bytes());
	}

	@Operation(summary = "The vendor registrations an officer decides (their street's)",
			description = "OFFICER only; state PENDING, VERIFIED, REJECTED or all; pending ones oldest first. The "
					+ "phone and ID card number are masked.")
	@GetMapping("/api/v1/vendors")
	VendorList list(@RequestParam(required = false) String state, @RequestParam(defaultValue = "100") int limit) {
		Actor me = actors.require();
		List<VendorJson> items = vendors.toDecide(me, state(state), limit).stream().map(v -> VendorJson.of(v, me))
			.toList();
		return new VendorList(items.size(), items);
	}

	@Operation(summary = "One vendor registration", description = "For the vendor (in full) and the officers of its "
			+ "street (masked); 403 for anyone else.")
	@GetMapping("/api/v1/vendors/{id}")
	VendorJson get(@PathVariable long id) {
		Actor me = actors.require();
		return VendorJson.of(vendors.get(me, id), me);
	}

	@Operation(summary = "An officer of the street verifies a pending registration (核验通过)",
			description = "version: optional, the version read; another one, or a decision that came second, is a 409 "
					+ "with currentState.")
	@PostMapping("/api/v1/vendors/{id}/verify")
	VendorJson verify(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
		Actor me = actors.require();
		return VendorJson.of(vendors.verify(me, id, request == null ? null : request.version()), me);
	}

	@Operation(summary = "An officer of the street rejects a pending registration, saying why",
			description = "reason: 1–500 characters; version as for verify.")
	@PostMapping("/api/v1/vendors/{id}/reject")
	VendorJson reject(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
		Actor me = actors.require();
		return VendorJson.of(vendors.reject(me, id, request == null ? null : request.reason(),
				request == null ? null : request.version()), me);
	}

	private static VendorState state(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return VendorState.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("state: one of PENDING, VERIFIED, REJECTED, was '" + text + "'");
		}
	}
}
