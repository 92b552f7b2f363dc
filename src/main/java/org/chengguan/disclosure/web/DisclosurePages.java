package org.chengguan.disclosure.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.identity.PageErrors;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.disclosure.CommunityDisclosure;
import org.chengguan.disclosure.Disclosure;
import org.chengguan.disclosure.DocumentKind;
import org.chengguan.disclosure.internal.PageMap;
import org.chengguan.disclosure.web.DisclosureJson.DocumentJson;
import org.chengguan.disclosure.web.DisclosureJson.OfficerJson;
import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages (no sign-in, phone first): 我的社区城管 — locate me or tap the map, then my community's officers,
 * station and supervision contact — a community's page, the documents and the workflow chart. Every text from the
 * database is shown with {@code th:text}; a private phone never reaches a page (only {@link OfficerJson}s do).
 */
@PageErrors
@Controller
class DisclosurePages {

	private static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");

	private final Disclosure disclosure;

	private final CatalogueManagement catalogue;

	private final PageMap map;

	DisclosurePages(Disclosure disclosure, CatalogueManagement catalogue, PageMap map) {
		this.disclosure = disclosure;
		this.catalogue = catalogue;
		this.map = map;
	}

	/** A community as its card shows it. */
	record Card(String code, String name, String street, String district, List<OfficerJson> officers,
			DisclosureJson.StationJson station, String supervisionPhone, String complaintMethod) {

		static Card of(CommunityDisclosure d) {
			return new Card(d.community().code(), d.community().name(), d.street().name(), d.district().name(),
					d.officers().stream().map(OfficerJson::of).toList(),
					d.station().map(DisclosureJson.StationJson::of).orElse(null), d.supervisionPhone(),
					d.complaintMethod());
		}
	}

	@GetMapping("/disclosure")
	String officers(Model model) {
		model.addAttribute("map", map);
		model.addAttribute("kinds", DocumentKind.values());
		return "disclosure/officers";
	}

	/** The card of the community at a point, as an HTML fragment for the page's script; a problem is told in it. */
	@GetMapping("/disclosure/officers")
	String officersAt(@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
			@RequestParam(defaultValue = "wgs84") String crs, Model model, HttpServletResponse response) {
		try {
			GeoPoint point = Points.parse(number(lat), number(lon), crs);
			model.addAttribute("card", Card.of(disclosure.at(point)));
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", "disclosure.page.outside");
		}
		catch (NotFoundException e) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("problem", "disclosure.page.outside");
		}
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("embedded", true);
		return "disclosure/card :: card";
	}

	@GetMapping("/disclosure/communities/{code}")
	String community(@PathVariable String code, Model model) {
		model.addAttribute("card", Card.of(disclosure.community(code)));
		model.addAttribute("kinds", DocumentKind.values());
		return "disclosure/community";
	}

	@GetMapping("/disclosure/documents/{slug}")
	String document(@PathVariable String slug, Model model, HttpServletResponse response) {
		DocumentKind kind = DocumentKind.ofSlug(slug)
			.orElseThrow(() -> new NotFoundException("No document '" + slug + "'."));
		model.addAttribute("kind", kind);
		disclosure.published(kind).ifPresentOrElse(d -> {
			model.addAttribute("document", DocumentJson.of(d, catalogue));
			model.addAttribute("publishedOn", ZonedDateTime.ofInstant(d.publishedAt(), CITY_ZONE).toLocalDate());
		}, () -> response.setStatus(HttpServletResponse.SC_NOT_FOUND));
		model.addAttribute("kinds", Arrays.stream(DocumentKind.values()).toList());
		return "disclosure/document";
	}

	@GetMapping("/disclosure/workflow")
	String workflow(Model model) {
		model.addAttribute("kinds", DocumentKind.values());
		return "disclosure/workflow";
	}

	private static double number(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("lat and lon are required");
		}
		try {
			return Double.parseDouble(text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("not a number: " + text);
		}
	}
}
