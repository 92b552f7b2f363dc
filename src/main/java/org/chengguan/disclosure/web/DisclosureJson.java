package org.chengguan.disclosure.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.Department;
import org.chengguan.disclosure.CommunityDisclosure;
import org.chengguan.disclosure.Document;
import org.chengguan.disclosure.DocumentEntry;
import org.chengguan.disclosure.PublicOfficer;
import org.chengguan.regions.Region;
import org.chengguan.regions.ServicePoint;

/** The JSON shapes of the disclosure API. Officers appear only as {@link PublicOfficer}s. */
final class DisclosureJson {

	private DisclosureJson() {
	}

	record RegionJson(String code, String name) {

		static RegionJson of(Region region) {
			return new RegionJson(region.code(), region.name());
		}
	}

	record StationJson(String code, String name, String address, String phone, double lat, double lon) {

		static StationJson of(ServicePoint p) {
			return new StationJson(p.code(), p.name(), p.address(), p.phone(), p.location().lat(), p.location().lon());
		}
	}

	/** An officer as shown to anyone: {@code phone} only where the duty makes it public. */
	record OfficerJson(Long id, String name, String duty, String phone, String photoUrl) {

		static OfficerJson of(PublicOfficer o) {
			return new OfficerJson(o.id(), o.name(), o.duty(), o.phone().orElse(null),
					o.hasPhoto() ? "/api/v1/officers/" + o.id() + "/photo?v=" + o.photoVersion() : null);
		}
	}

	record CommunityJson(RegionJson community, RegionJson street, RegionJson district,
			@JsonInclude(JsonInclude.Include.ALWAYS) StationJson station, List<OfficerJson> officers,
			String supervisionPhone, String complaintMethod, String disclosure, String page) {

		static CommunityJson of(CommunityDisclosure d) {
			String code = d.community().code();
			return new CommunityJson(RegionJson.of(d.community()), RegionJson.of(d.street()),
					RegionJson.of(d.district()), d.station().map(StationJson::of).orElse(null),
					d.officers().stream().map(OfficerJson::of).toList(), d.supervisionPhone(), d.complaintMethod(),
					"/api/v1/disclosure/" + code, "/disclosure/communities/" + code);
		}
	}

	record DepartmentJson(String code, String name, String phone) {
	}

	record CategoryJson(String code, String chineseCode, String name) {
	}

	record EntryJson(String heading, String text, String legalBasis, DepartmentJson department,
			CategoryJson category) {

		static EntryJson of(DocumentEntry e, CatalogueManagement catalogue) {
			Optional<Department> department = Optional.ofNullable(e.departmentCode()).flatMap(catalogue::department);
			Optional<Category> category = Optional.ofNullable(e.categoryCode()).flatMap(catalogue::category);
			return new EntryJson(e.heading(), e.text(), e.legalBasis(),
					department.map(d -> new DepartmentJson(d.code(), d.name(), d.phone()))
						.orElse(e.departmentCode() == null ? null : new DepartmentJson(e.departmentCode(), null, null)),
					category.map(c -> new CategoryJson(c.code(), c.chineseCode(), c.name())).orElse(null));
		}
	}

	record DocumentJson(String kind, int version, Document.Status status, String title, String intro,
			List<EntryJson> entries, Instant savedAt, Instant publishedAt) {

		static DocumentJson of(Document d, CatalogueManagement catalogue) {
			return new DocumentJson(d.kind().slug(), d.version(), d.status(), d.title(), d.intro(),
					d.entries().stream().map(e -> EntryJson.of(e, catalogue)).toList(), d.savedAt(), d.publishedAt());
		}
	}

	/** A version without its text: the list administrators choose from. */
	record VersionJson(String kind, int version, Document.Status status, String title, Instant savedAt,
			Instant publishedAt) {

		static VersionJson of(Document d) {
			return new VersionJson(d.kind().slug(), d.version(), d.status(), d.title(), d.savedAt(), d.publishedAt());
		}
	}
}
