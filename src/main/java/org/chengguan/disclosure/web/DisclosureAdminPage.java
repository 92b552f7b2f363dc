package org.chengguan.disclosure.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.disclosure.Document;
import org.chengguan.disclosure.DocumentKind;
import org.chengguan.disclosure.internal.DocumentVersion;
import org.chengguan.disclosure.internal.Documents;
import org.chengguan.disclosure.internal.Officers;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 公示管理, for administrators: the five documents with their newest and their public version, who saved and
 * published them and when, each with a link to its editor; and a picker (district → street → community) to the page
 * of a community's officers. The page chain lets only ADMIN into {@code /admin/**}; the page checks again.
 */
@PageErrors("disclosure.admin.error")
@Controller
class DisclosureAdminPage {

	/** The city, where the picker starts. */
	static final String CITY = "3406";

	private final Documents documents;

	private final Officers officers;

	private final RegionDirectory regions;

	private final Actors actors;

	private final AdminPeople people;

	DisclosureAdminPage(Documents documents, Officers officers, RegionDirectory regions, Actors actors,
			AdminPeople people) {
		this.documents = documents;
		this.officers = officers;
		this.regions = regions;
		this.actors = actors;
		this.people = people;
	}

	/** A version as a line of the overview or of a history: numbers, status, who and when. */
	record VersionLine(int version, Document.Status status, String title, String savedBy, String savedAt,
			String publishedBy, String publishedAt) {

		static VersionLine of(DocumentVersion v, AdminPeople people, AdminPeople.Names names) {
			Document d = v.document();
			return new VersionLine(d.version(), d.status(), d.title(), names.of(v.savedBy()), people.time(d.savedAt()),
					names.of(v.publishedBy()), people.time(d.publishedAt()));
		}
	}

	record DocumentRow(DocumentKind kind, VersionLine latest, VersionLine published) {
	}

	record CommunityLink(String code, String name, int officers) {
	}

	@GetMapping("/admin/disclosure")
	String overview(@RequestParam(required = false) String district, @RequestParam(required = false) String street,
			Model model, HttpServletResponse response) {
		Administrators.require(actors, "managing the disclosure");
		AdminPeople.Names names = people.names();
		model.addAttribute("documents", Arrays.stream(DocumentKind.values()).map(kind -> row(kind, names)).toList());

		// administrators act city-wide (the API does not narrow them by scope), so the picker starts at the city
		List<Region> districts = regions.children(CITY);
		Optional<Region> chosenDistrict = chosen(district, districts);
		List<Region> streets = chosenDistrict.map(d -> regions.children(d.code())).orElse(List.of());
		Optional<Region> chosenStreet = chosen(street, streets);
		// a street of another district is what the picker sends when the district was changed: drop it quietly
		if (unknown(district, chosenDistrict) || unknown(street, chosenStreet)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("pickerError", "disclosure.admin.picker.unknown");
		}
		model.addAttribute("districts", districts);
		model.addAttribute("district", chosenDistrict.map(Region::code).orElse(null));
		model.addAttribute("streets", streets);
		model.addAttribute("street", chosenStreet.map(Region::code).orElse(null));
		model.addAttribute("communities", chosenStreet.map(this::communities).orElse(List.of()));
		return "disclosure/admin";
	}

	private DocumentRow row(DocumentKind kind, AdminPeople.Names names) {
		List<DocumentVersion> history = documents.history(kind);
		VersionLine latest = history.isEmpty() ? null : VersionLine.of(history.get(0), people, names);
		VersionLine published = history.stream()
			.filter(v -> v.document().status() == Document.Status.PUBLISHED)
			.findFirst()
			.map(v -> VersionLine.of(v, people, names))
			.orElse(null);
		return new DocumentRow(kind, latest, published);
	}

	private List<CommunityLink> communities(Region street) {
		Map<String, Integer> counts = officers.countsWithin(street.code());
		return regions.children(street.code()).stream()
			.map(c -> new CommunityLink(c.code(), c.name(), counts.getOrDefault(c.code(), 0)))
			.toList();
	}

	private boolean unknown(String code, Optional<Region> chosen) {
		return !blank(code) && chosen.isEmpty() && regions.region(code.strip()).isEmpty();
	}

	private static Optional<Region> chosen(String code, List<Region> among) {
		return blank(code) ? Optional.empty() : among.stream().filter(r -> r.code().equals(code.strip())).findFirst();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
