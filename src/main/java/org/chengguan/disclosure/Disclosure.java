package org.chengguan.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.disclosure.internal.DisclosureProperties;
import org.chengguan.disclosure.internal.Documents;
import org.chengguan.disclosure.internal.OfficerProfile;
import org.chengguan.disclosure.internal.Officers;
import org.chengguan.disclosure.internal.Supervisions;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.regions.Location;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.RegionLevel;
import org.chengguan.regions.ServicePoint;
import org.springframework.stereotype.Service;

/**
 * The disclosure module's API: what is disclosed for a community or a point (「有事找城管，我在您身边」), and the
 * public version of each document. Everything it returns may be shown to anyone: officers come as
 * {@link PublicOfficer}s, which carry a phone only where the officer's duty makes it public.
 */
@Service
public class Disclosure {

	private final RegionDirectory regions;

	private final Officers officers;

	private final Supervisions supervisions;

	private final Documents documents;

	private final Actors actors;

	private final DisclosureProperties properties;

	Disclosure(RegionDirectory regions, Officers officers, Supervisions supervisions, Documents documents,
			Actors actors, DisclosureProperties properties) {
		this.regions = regions;
		this.officers = officers;
		this.supervisions = supervisions;
		this.documents = documents;
		this.actors = actors;
		this.properties = properties;
	}

	/**
	 * What is disclosed for the community with this code.
	 *
	 * @throws InvalidInputException (400) if the code is not a community's code (12 digits)
	 * @throws NotFoundException (404) if there is no such community
	 */
	public CommunityDisclosure community(String communityCode) {
		if (communityCode == null || !communityCode.matches("[0-9]{12}")) {
			throw new InvalidInputException("A community code has 12 digits (district 6 + street 3 + community 3), was '"
					+ communityCode + "'.");
		}
		Region community = regions.region(communityCode)
			.filter(r -> r.level() == RegionLevel.COMMUNITY)
			.orElseThrow(() -> new NotFoundException("No community with code " + communityCode + "."));
		Region street = regions.region(community.parentCode()).orElseThrow();
		Region district = regions.region(street.parentCode()).orElseThrow();
		return of(community, street, district);
	}

	/**
	 * What is disclosed for the community a point lies in: "who is my officer".
	 *
	 * @throws NotFoundException (404) if the point is outside the city, or in a part of it where no community is mapped
	 */
	public CommunityDisclosure at(GeoPoint point) {
		Location location = regions.locate(point)
			.orElseThrow(() -> new NotFoundException("The point (" + point.lat() + ", " + point.lon()
					+ ") in WGS-84 lies outside the city: no community, so no officer, is there."));
		Region community = location.community()
			.orElseThrow(() -> new NotFoundException("The point (" + point.lat() + ", " + point.lon() + ") lies in "
					+ location.street().name() + " (" + location.street().code() + "), where no community is mapped: "
					+ "ask the street's squadron or call " + properties.supervisionPhone() + "."));
		return of(community, location.street(), location.district());
	}

	/** The public version of the document: its newest published version; empty if none was ever published. */
	public Optional<Document> published(DocumentKind kind) {
		return documents.published(kind);
	}

	/**
	 * The community's officers as the public sees them: the profiles, in their order, then any OFFICER account scoped
	 * to exactly this community that has no profile yet (by its display name, without phone or photo).
	 */
	public List<PublicOfficer> officersOf(String communityCode) {
		List<OfficerProfile> profiles = officers.inCommunity(communityCode);
		Set<Long> described = profiles.stream().map(OfficerProfile::userId).filter(id -> id != null)
			.collect(Collectors.toSet());
		var all = new ArrayList<PublicOfficer>();
		profiles.stream().map(OfficerProfile::toPublic).forEach(all::add);
		for (Actor officer : actors.withRole(Role.OFFICER, communityCode)) {
			if (communityCode.equals(officer.scopeRegionCode()) && !described.contains(officer.userId())
					&& officers.byUser(officer.userId()).isEmpty()) {
				all.add(new PublicOfficer(null, officer.displayName(), Role.OFFICER.chineseName(), Optional.empty(),
						false, 0));
			}
		}
		return all;
	}

	private CommunityDisclosure of(Region community, Region street, Region district) {
		Optional<ServicePoint> station = regions.servicePointsWithin(community.code()).stream()
			.filter(p -> p.kind() == ServicePoint.Kind.STATION && p.servesCode().equals(community.code()))
			.findFirst();
		Supervisions.Supervision supervision = supervisions.of(community.code())
			.orElse(new Supervisions.Supervision(properties.supervisionPhone(), properties.complaintMethod()));
		return new CommunityDisclosure(community, street, district, station, officersOf(community.code()),
				supervision.supervisionPhone(), supervision.complaintMethod());
	}
}
