package org.chengguan.open311.web;

import java.time.ZoneId;
import java.util.List;

import org.chengguan.open311.internal.Open311Exception;
import org.chengguan.open311.internal.Open311Properties;
import org.chengguan.open311.internal.RequestView;
import org.chengguan.open311.internal.ServiceAttribute;
import org.chengguan.open311.internal.ServiceCatalogue.Service;
import org.chengguan.open311.internal.Submission.Submitted;
import org.chengguan.open311.internal.UpdateView;
import org.chengguan.open311.internal.W3cTime;

/**
 * The spec's documents, element by element in its order. Every field is always there (an empty element in XML,
 * null in JSON, when there is nothing to say), so a client sees one shape. Ids are written as text: GeoReport v2
 * leaves them opaque.
 */
final class Documents {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	private Documents() {
	}

	static Node.Document discovery(Open311Properties p, String url) {
		Node.Obj endpoint = Node.Obj.of()
			.put("specification", SPECIFICATION)
			.put("url", url)
			.put("changeset", p.changeset())
			.put("type", p.endpointType())
			.put("formats", new Node.Items("format",
					List.of(new Node.Value("text/xml"), new Node.Value("application/json"))));
		return new Node.Document("discovery", Node.Obj.of()
			.put("changeset", p.changeset())
			.put("contact", p.contact())
			.put("key_service", p.keyService())
			.put("endpoints", new Node.Items("endpoint", List.of(endpoint))));
	}

	static Node.Document services(List<Service> services) {
		return new Node.Document("services", new Node.Items("service", services.stream()
			.map(s -> Node.Obj.of()
				.put("service_code", s.code())
				.put("service_name", s.name())
				.put("description", s.description())
				.put("metadata", s.metadata())
				.put("type", "realtime")
				.put("keywords", s.keywords())
				.put("group", s.group()))
			.toList()));
	}

	static Node.Document definition(Service service) {
		return new Node.Document("service_definition", Node.Obj.of()
			.put("service_code", service.code())
			.put("attributes", new Node.Items("attribute", service.attributes().stream().map(Documents::attribute)
				.toList())));
	}

	private static Node.Obj attribute(ServiceAttribute a) {
		return Node.Obj.of()
			.put("variable", true)
			.put("code", a.code())
			.put("datatype", a.datatype().wire())
			.put("required", a.required())
			.put("datatype_description", a.datatypeDescription())
			.put("order", a.order())
			.put("description", a.description())
			.put("values", new Node.Items("value", a.values().stream()
				.map(v -> Node.Obj.of().put("key", v.key()).put("name", v.name()))
				.toList()));
	}

	/**
	 * POST's answer. The spec names service_request_id or token; both are given: the id at once (realtime), the
	 * token for clients written for batch servers, which look a request up by its token.
	 */
	static Node.Document submitted(Submitted s) {
		return new Node.Document("service_requests", new Node.Items("request", List.of(Node.Obj.of()
			.put("service_request_id", String.valueOf(s.serviceRequestId()))
			.put("token", s.token())
			.put("service_notice", s.serviceNotice())
			.put("account_id", null))));
	}

	static Node.Document token(long serviceRequestId, String token) {
		return new Node.Document("service_requests", new Node.Items("request", List.of(Node.Obj.of()
			.put("service_request_id", String.valueOf(serviceRequestId))
			.put("token", token))));
	}

	static Node.Document requests(List<RequestView> requests, ZoneId zone) {
		return new Node.Document("service_requests", new Node.Items("request", requests.stream()
			.map(r -> Node.Obj.of()
				.put("service_request_id", String.valueOf(r.serviceRequestId()))
				.put("status", r.status())
				.put("status_notes", r.statusNotes())
				.put("service_name", r.serviceName())
				.put("service_code", r.serviceCode())
				.put("description", r.description())
				.put("agency_responsible", r.agencyResponsible())
				.put("service_notice", r.serviceNotice())
				.put("requested_datetime", W3cTime.format(r.requestedDatetime(), zone))
				.put("updated_datetime", W3cTime.format(r.updatedDatetime(), zone))
				.put("expected_datetime", W3cTime.format(r.expectedDatetime(), zone))
				.put("address", r.address())
				.put("address_id", r.addressId())
				.put("zipcode", r.zipcode())
				.put("lat", r.lat())
				.put("long", r.lon())
				.put("media_url", r.mediaUrl()))
			.toList()));
	}

	/** FixMyStreet's updates, its element names (service_request_updates, request_update). */
	static Node.Document updates(List<UpdateView> updates, ZoneId zone) {
		return new Node.Document("service_request_updates", new Node.Items("request_update", updates.stream()
			.map(u -> Node.Obj.of()
				.put("update_id", String.valueOf(u.updateId()))
				.put("service_request_id", String.valueOf(u.serviceRequestId()))
				.put("status", u.status())
				.put("external_status_code", u.externalStatusCode())
				.put("updated_datetime", W3cTime.format(u.updatedDatetime(), zone))
				.put("description", u.description())
				.put("media_url", u.mediaUrl()))
			.toList()));
	}

	static Node.Document errors(List<Open311Exception.Error> errors) {
		return new Node.Document("errors", new Node.Items("error", errors.stream()
			.map(e -> Node.Obj.of().put("code", e.code()).put("description", e.description()))
			.toList()));
	}
}
