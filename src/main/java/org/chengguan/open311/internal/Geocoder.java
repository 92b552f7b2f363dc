package org.chengguan.open311.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.ServicePoint;
import org.springframework.stereotype.Component;

/**
 * Finds the point of an {@code address_string} or {@code address_id} among the addresses the regions module knows:
 * its service points (stations, kiosks, squadrons), each with a full address, a name and a code. An address matches
 * when it is the same after width, spaces, punctuation and a leading province and city name are set aside; a name
 * matches likewise; an address_id is a service point's code. The platform has no street-address register, so any
 * other address is refused with the advice to send lat and long.
 */
@Component
class Geocoder {

	private static final Duration KEEP = Duration.ofMinutes(1);

	private final RegionDirectory regions;

	private final Clock clock;

	private volatile Known known;

	private record Known(List<ServicePoint> points, Instant loadedAt) {
	}

	Geocoder(RegionDirectory regions, Clock clock) {
		this.regions = regions;
		this.clock = clock;
	}

	Optional<GeoPoint> byAddressId(String addressId) {
		String wanted = addressId.strip();
		return points().stream().filter(p -> p.code().equalsIgnoreCase(wanted)).map(ServicePoint::location).findFirst();
	}

	/** @throws Open311Exception 400 when no known address or more than one place matches */
	GeoPoint byAddress(String addressString) {
		String wanted = normalised(addressString);
		List<ServicePoint> matches = points().stream()
			.filter(p -> wanted.equals(normalised(p.name())) || wanted.equals(normalised(p.address()))
					|| wanted.equals(withoutCity(p)))
			.toList();
		List<GeoPoint> places = matches.stream().map(ServicePoint::location).distinct().toList();
		if (places.isEmpty()) {
			throw Open311Exception.badRequest("address_string '" + addressString.strip() + "' matches no address the "
					+ "city knows (the addresses and names of its " + points().size() + " stations, kiosks and "
					+ "squadrons): send lat and long instead.");
		}
		if (places.size() > 1) {
			throw Open311Exception.badRequest("address_string '" + addressString.strip() + "' matches "
					+ places.size() + " places (" + String.join("; ", matches.stream().map(ServicePoint::name)
						.limit(5).toList()) + "): send lat and long instead.");
		}
		return places.get(0);
	}

	/** The point's address without the province and city it starts with, normalised. */
	private String withoutCity(ServicePoint p) {
		String address = normalised(p.address());
		String city = p.servesCode() == null || p.servesCode().length() < 4 ? null
				: regions.region(p.servesCode().substring(0, 4)).map(Region::name).map(Geocoder::normalised).orElse(null);
		return city != null && address.startsWith(city) ? address.substring(city.length()) : address;
	}

	static String normalised(String text) {
		if (text == null) {
			return "";
		}
		String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
			.replaceAll("[\\s\\p{P}\\p{S}]", "");
		return t.replaceFirst("^\\p{IsHan}{2,7}?省", "");
	}

	private List<ServicePoint> points() {
		Known current = known;
		Instant now = clock.instant();
		if (current == null || current.loadedAt().plus(KEEP).isBefore(now)) {
			// every service point of the platform: the empty prefix covers every region code
			current = new Known(regions.servicePointsWithin(""), now);
			known = current;
		}
		return current.points();
	}
}
