package org.chengguan.cases;

import java.util.List;
import java.util.Optional;

import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * Turns a client's report into a {@link NewCase}, or refuses it with the reason: who may report on the channel, an
 * active category, a description of 1 to {@value #MAX_DESCRIPTION} characters, a location inside the city (any of
 * the three coordinate systems), a hotline caller's phone, and a subject (关于) that exists. Nothing is written.
 */
@Component
class ReportValidation {

	static final int MAX_DESCRIPTION = 4000;

	private final RegionDirectory regions;

	private final CatalogueManagement catalogue;

	private final Subjects subjects;

	ReportValidation(RegionDirectory regions, CatalogueManagement catalogue, Subjects subjects) {
		this.regions = regions;
		this.catalogue = catalogue;
		this.subjects = subjects;
	}

	/** The role a report on this channel is made in. */
	static Role reporterRole(Channel channel) {
		return switch (channel) {
			case CITIZEN_APP -> Role.CITIZEN;
			case INSPECTOR -> Role.INSPECTOR;
			case HOTLINE -> Role.OPERATOR;
			case OPEN311, IMPORT -> Role.ADMIN;
		};
	}

	/**
	 * The role {@code actor} reports in on this channel: the channel's, except that a community officer (社区城管队员)
	 * who is no inspector reports what they find on patrol or on a joint inspection on the inspector channel in their
	 * own role — trusted like an inspector's report (no verification), never counted as an inspector's.
	 */
	static Role reporterRole(Actor actor, Channel channel) {
		if (channel == Channel.INSPECTOR && !actor.has(Role.INSPECTOR) && actor.has(Role.OFFICER)) {
			return Role.OFFICER;
		}
		return reporterRole(channel);
	}

	NewCase validate(Actor actor, ReportCommand command) {
		if (command.channel() == null) {
			throw new InvalidInputException("channel is required: CITIZEN_APP, INSPECTOR, HOTLINE, OPEN311 or IMPORT");
		}
		Role needed = reporterRole(actor, command.channel());
		if (!actor.has(needed)) {
			throw new ForbiddenException("reports on the " + command.channel() + " channel are made by a " + needed
					+ (command.channel() == Channel.INSPECTOR ? " or an OFFICER" : ""));
		}
		Category category = Optional.ofNullable(command.categoryCode())
			.flatMap(catalogue::category)
			.filter(Category::active)
			.orElseThrow(() -> new InvalidInputException("categoryCode '" + command.categoryCode()
					+ "' is not an active category (see GET /api/v1/categories)"));
		String description = command.description() == null ? "" : command.description().strip();
		if (description.isEmpty()) {
			throw new InvalidInputException("description is required: say what the problem is");
		}
		if (description.length() > MAX_DESCRIPTION) {
			throw new InvalidInputException("description has " + description.length() + " characters; at most "
					+ MAX_DESCRIPTION + " are allowed");
		}
		if (command.lat() == null || command.lon() == null) {
			throw new InvalidInputException("lat and lon are required: where is the problem?");
		}
		GeoPoint point;
		try {
			point = Crs.parse(command.crs() == null ? "wgs84" : command.crs()).toWgs84(command.lat(), command.lon());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(e.getMessage());
		}
		Location location = regions.locate(point)
			.orElseThrow(() -> new UnprocessableException("The point (" + point.lat() + ", " + point.lon()
					+ ") lies outside the city: the platform takes reports inside its districts only.", List.of()));
		Contact contact = null;
		if (command.channel() == Channel.HOTLINE) {
			if (command.contactPhone() == null || command.contactPhone().isBlank()) {
				throw new InvalidInputException("a hotline report needs the caller's contactPhone for the answer back");
			}
			contact = new Contact(command.contactName(), command.contactPhone().strip());
		}
		else if (command.channel() == Channel.OPEN311 && command.contactPhone() != null
				&& !command.contactPhone().isBlank()) {
			// an Open311 client's reporter is called back (回访) like a hotline caller, when a phone was given
			contact = new Contact(command.contactName(), command.contactPhone().strip());
		}
		if (command.selfHandled() && command.channel() != Channel.INSPECTOR) {
			throw new InvalidInputException("only an inspector's patrol report can be self-handled (自处理)");
		}
		CaseSubject subject = subject(command.subject());
		CaseLocation region = new CaseLocation(location.grid().map(r -> r.code()).orElse(null),
				location.community().map(r -> r.code()).orElse(null), location.street().code(),
				location.district().code());
		return new NewCase(command.channel(), category.code(), description, point, region, actor.userId(), contact,
				command.photoIds(), subject);
	}

	/** The subject the reference names, checked to exist; null for none. */
	private CaseSubject subject(String reference) {
		if (reference == null) {
			return null;
		}
		CaseSubject subject;
		try {
			subject = CaseSubject.parse(reference);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("subject: " + e.getMessage());
		}
		if (!subjects.kinds().contains(subject.kind())) {
			throw new InvalidInputException("subject: reports can be about " + subjects.kinds().stream()
				.map(k -> k + ":<id>").toList() + ", not '" + subject.kind() + "'");
		}
		if (subjects.find(subject).isEmpty()) {
			throw new InvalidInputException("subject: there is no " + subject.kind() + " " + subject.id()
					+ "; nothing was reported");
		}
		return subject;
	}
}
