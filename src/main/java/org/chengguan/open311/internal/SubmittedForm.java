package org.chengguan.open311.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chengguan.geo.GeoPoint;
import org.chengguan.open311.internal.ServiceCatalogue.Service;
import org.springframework.stereotype.Component;

/**
 * A POST's form as the case will take it: the service, a WGS-84 point (sent, or found from address_id or
 * address_string), the description with what else the client told appended for staff, the media link, and the
 * reporter's name and phone for the answer back (回访). email, device_id and account_id are read by nobody and not
 * kept.
 */
record SubmittedForm(Service service, GeoPoint point, String caseDescription, String mediaUrl, String contactName,
		String phone) {

	/** The case description's limit: the spec's 4,000 characters, which the cases module also applies. */
	static final int MAX_DESCRIPTION = 4000;

	@Component
	static class Reader {

		private final ServiceCatalogue services;

		private final Geocoder geocoder;

		private final PublicTexts texts;

		private final Open311Properties properties;

		Reader(ServiceCatalogue services, Geocoder geocoder, PublicTexts texts, Open311Properties properties) {
			this.services = services;
			this.geocoder = geocoder;
			this.texts = texts;
			this.properties = properties;
		}

		/** @throws Open311Exception 404 for an unknown service_code, else 400 with every fault found */
		SubmittedForm read(Map<String, String[]> form, Instant now) {
			List<String> faults = new ArrayList<>();
			String code = Parameters.value(form, "service_code");
			if (code == null) {
				faults.add("service_code was not provided: choose one of services.xml");
			}
			Service service = code == null ? null : services.service(code).orElseThrow(() -> Open311Exception
				.notFound("service_code '" + code + "' not found: services.xml lists the services offered"));
			GeoPoint point = location(form, faults);
			String description = Parameters.value(form, "description");
			String address = Parameters.value(form, "address_string");
			check("description", description, MAX_DESCRIPTION, true, faults);
			check("address_string", address, 500, false, faults);
			check("first_name", Parameters.value(form, "first_name"), 64, false, faults);
			check("last_name", Parameters.value(form, "last_name"), 64, false, faults);
			String phone = Parameters.value(form, "phone");
			if (phone != null && !phone.matches("[0-9+()\\- ]{3,32}")) {
				faults.add("phone must be 3 to 32 digits, spaces and + ( ) -");
			}
			String mediaUrl = mediaUrl(Parameters.value(form, "media_url"), faults);
			List<AttributeAnswers.Answer> answers = service == null ? List.of()
					: AttributeAnswers.check(AttributeAnswers.read(form), service.category(), now, properties.zone(),
							texts, faults);
			if (!faults.isEmpty()) {
				throw Open311Exception.badRequest(faults);
			}
			String text = caseText(description != null ? description : service.name(), address, answers);
			int length = text.codePointCount(0, text.length());
			if (length > MAX_DESCRIPTION) {
				throw Open311Exception.badRequest("description with address_string and attributes appended comes to "
						+ length + " characters; at most " + MAX_DESCRIPTION + " are allowed");
			}
			return new SubmittedForm(service, point, text, mediaUrl,
					name(Parameters.value(form, "first_name"), Parameters.value(form, "last_name")), phone);
		}

		private GeoPoint location(Map<String, String[]> form, List<String> faults) {
			String lat = Parameters.value(form, "lat");
			String lon = Parameters.value(form, "long");
			if (lat != null || lon != null) {
				if (lat == null || lon == null) {
					faults.add("lat and long must be sent together");
					return null;
				}
				try {
					return new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
				}
				catch (IllegalArgumentException e) {
					faults.add("lat and long must be WGS-84 degrees (lat within ±90, long within ±180), were " + lat
							+ ", " + lon);
					return null;
				}
			}
			String addressId = Parameters.value(form, "address_id");
			if (addressId != null) {
				Optional<GeoPoint> found = geocoder.byAddressId(addressId);
				if (found.isEmpty()) {
					faults.add("address_id '" + addressId + "' is not an address id of the city (the code of a "
							+ "station, kiosk or squadron)");
				}
				return found.orElse(null);
			}
			String address = Parameters.value(form, "address_string");
			if (address == null) {
				faults.add("a location is required: lat and long, address_string or address_id");
				return null;
			}
			try {
				return geocoder.byAddress(address);
			}
			catch (Open311Exception e) {
				e.errors().forEach(error -> faults.add(error.description()));
				return null;
			}
		}

		private String caseText(String description, String address, List<AttributeAnswers.Answer> answers) {
			if (address == null && answers.isEmpty()) {
				return description;
			}
			StringBuilder text = new StringBuilder(description).append("\n\n")
				.append(texts.text(Locale.SIMPLIFIED_CHINESE, "block.heading"));
			if (address != null) {
				text.append('\n').append(texts.text(Locale.SIMPLIFIED_CHINESE, "block.address")).append('：')
					.append(address);
			}
			answers.forEach(a -> text.append('\n').append(a.label()).append('：').append(a.value()));
			return text.toString();
		}

		private static String mediaUrl(String url, List<String> faults) {
			if (url == null) {
				return null;
			}
			try {
				URI uri = new URI(url);
				String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
				if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= 2048) {
					return url;
				}
			}
			catch (URISyntaxException e) {
				// reported below
			}
			faults.add("media_url must be an http or https URL of at most 2048 characters");
			return null;
		}

		/** A Chinese name is written family name first, without a space; others given name first. */
		private static String name(String first, String last) {
			if (first != null && last != null && (first + last).codePoints().allMatch(Character::isIdeographic)) {
				return last + first;
			}
			String joined = Stream.of(first, last).filter(s -> s != null).collect(Collectors.joining(" "));
			return joined.isEmpty() ? null : joined;
		}

		private static void check(String field, String text, int max, boolean lines, List<String> faults) {
			if (text != null) {
				PlainText.problem(field, text, max, lines).ifPresent(faults::add);
			}
		}
	}
}
