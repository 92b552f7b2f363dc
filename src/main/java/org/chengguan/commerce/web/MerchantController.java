package org.chengguan.commerce.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.commerce.internal.Agreement;
import org.chengguan.commerce.internal.Merchant;
import org.chengguan.commerce.internal.Merchants;
import org.chengguan.commerce.internal.NewMerchant;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "merchants", description = "商户与门前责任制: shops, the stretch of street each answers for and the signed "
		+ "storefront responsibility agreement; the owner's name, phone and ID number are shown in full only on the "
		+ "record for staff of the shop's region, masked in lists, never to others")
@RestController
class MerchantController {

	private final Merchants merchants;

	private final MerchantRecords records;

	private final Actors actors;

	MerchantController(Merchants merchants, MerchantRecords records, Actors actors) {
		this.merchants = merchants;
		this.records = records;
		this.actors = actors;
	}

	record EditRequest(Integer version, String name, String licenceNumber, String businessCategory, String ownerName,
			String ownerPhone, String ownerIdNumber, Long ownerUserId, String address, Double lat, Double lon,
			String crs, String frontage, Integer frontageMetres, Long complexId) {

		NewMerchant merchant() {
			return new NewMerchant(name, licenceNumber, businessCategory, ownerName, ownerPhone, ownerIdNumber,
					ownerUserId, address, lat, lon, crs, frontage, frontageMetres, complexId);
		}
	}

	record AgreementRequest(LocalDate signedOn, List<String> duties) {
	}

	record MerchantList(int count, List<MerchantJson> items) {
	}

	@Operation(summary = "Register a merchant (OFFICER, INSPECTOR, LEADER or ADMIN of the shop's region)",
			description = "Located to its grid and community from lat/lon (crs wgs84 by default, gcj02, bd09): 422 "
					+ "outside the city. licenceNumber 8–30 digits or capitals, unique (409); ownerPhone a mobile "
					+ "number; ownerIdNumber optional, 18 characters; frontage describes the stretch it answers for.")
	@PostMapping("/api/v1/merchants")
	ResponseEntity<MerchantJson> register(@RequestBody EditRequest request) {
		Actor me = actors.require();
		Merchant created = merchants.register(me, request.merchant());
		return ResponseEntity.created(URI.create("/api/v1/merchants/" + created.id())).body(records.record(me, created.id()));
	}

	@Operation(summary = "Merchants in the signed-in staff member's scope (owner data masked)",
			description = "region narrows within the scope; q matches name or address; limit 1–500 (default 100).")
	@GetMapping("/api/v1/merchants")
	MerchantList list(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "100") int limit) {
		List<MerchantJson> items = merchants.list(actors.require(), region, q, limit).stream()
			.map(m -> MerchantJson.of(m, MerchantJson.View.MASKED, null, null, null)).toList();
		return new MerchantList(items.size(), items);
	}

	@Operation(summary = "The shops the signed-in citizen owns (their self-service part, without personal data)")
	@GetMapping("/api/v1/merchants/mine")
	MerchantList mine() {
		Actor me = actors.require();
		List<MerchantJson> items = merchants.mine(me).stream().map(m -> records.record(me, m.id())).toList();
		return new MerchantList(items.size(), items);
	}

	@Operation(summary = "A merchant's record: shop, agreement, joint visits and latest stars with their reasons",
			description = "Staff whose scope covers the shop see the owner in full; the owner sees the record without "
					+ "personal data; anyone else gets 403.")
	@GetMapping("/api/v1/merchants/{id}")
	MerchantJson get(@PathVariable long id) {
		return records.record(actors.require(), id);
	}

	@Operation(summary = "Edit a merchant at the version read (409 if it changed meanwhile)")
	@PutMapping("/api/v1/merchants/{id}")
	MerchantJson edit(@PathVariable long id, @RequestBody EditRequest request) {
		if (request.version() == null) {
			throw new InvalidInputException("version is required: the version of the merchant you edited");
		}
		Actor me = actors.require();
		merchants.edit(me, id, request.version(), request.merchant());
		return records.record(me, id);
	}

	@Operation(summary = "Record the signed storefront responsibility agreement (门前责任书)",
			description = "signedOn (yyyy-MM-dd, not in the future) is required: an agreement without a signature "
					+ "date is refused with 400 and nothing saved. duties: at least one of CLEAN, ORDERLY, "
					+ "NO_GOODS_OUTSIDE, GREENERY. Signing again replaces the agreement.")
	@PutMapping("/api/v1/merchants/{id}/agreement")
	MerchantJson.AgreementJson sign(@PathVariable long id, @RequestBody AgreementRequest request) {
		Agreement a = merchants.sign(actors.require(), id, request.signedOn(), request.duties());
		return MerchantJson.AgreementJson.of(a);
	}
}
