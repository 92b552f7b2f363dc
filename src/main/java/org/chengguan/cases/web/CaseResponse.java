package org.chengguan.cases.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.PendingRequest;
import org.chengguan.cases.Satisfaction;
import org.chengguan.cases.Stage;
import org.chengguan.cases.WarningLevel;
import org.chengguan.catalogue.Category;

/**
 * A case as the API shows it. {@code full} is false for someone who may only see the public part (another
 * citizen): then the reporter, the caller's contact and the internal counters are left out. Text is returned as
 * stored; it is the client's job to escape it (the pages do).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseResponse(long id, String number, int version, boolean full, CaseStatus status,
		Channel channel, CategoryRef category, String description, Point location, RegionRef region,
		Instant reportedAt, Stage stage, Instant deadline, WarningLevel warning, Boolean overdue,
		PendingRequest pendingRequest, String proposedDepartment, String leadDepartment,
		List<String> assistingDepartments, Boolean communityTeam, Counts counts, Boolean supervised,
		Satisfaction satisfaction, Long masterCaseId, Instant closedAt, Long reporterId, ContactRef contact,
		List<String> allowedActions, MasterRef master, SubjectRef subject) {

	/**
	 * What the case is about besides its place (关于), e.g. a facility: its reference {@code kind:id} and its name
	 * (null if the module that keeps it no longer knows it). Public: a thing's name is not personal data.
	 */
	record SubjectRef(String reference, String kind, String id, String name) {
	}

	/** For a duplicate: the case its reporter follows, and where that case stands. */
	record MasterRef(long id, String number, CaseStatus status, Instant closedAt) {
	}

	record CategoryRef(String code, String name) {
	}

	record Point(double lat, double lon) {
	}

	record RegionRef(String grid, String community, String street, String district) {
	}

	record Counts(int rework, int returns, int extensions, int reopens, int urges) {
	}

	record ContactRef(String name, String phone) {
	}

	static CaseResponse of(Case c, Category category, boolean full, boolean showPhone, Instant now,
			List<String> allowedActions, Case master, String subjectName) {
		SubjectRef subject = c.subject() == null ? null
				: new SubjectRef(c.subject().reference(), c.subject().kind(), c.subject().id(), subjectName);
		MasterRef masterRef = master == null ? null
				: new MasterRef(master.id(), master.number(), master.status(), master.closedAt());
		var categoryRef = new CategoryRef(c.categoryCode(), category == null ? null : category.name());
		var point = new Point(c.location().lat(), c.location().lon());
		var region = new RegionRef(c.region().gridCode(), c.region().communityCode(), c.region().streetCode(),
				c.region().districtCode());
		if (!full) {
			return new CaseResponse(c.id(), c.number(), c.version(), false, c.status(), null,
					categoryRef, c.description(), point, region, c.reportedAt(), null, null, null, null, null, null, null,
					null, null, null, null, null, null, c.closedAt(), null, null, List.of(), masterRef, subject);
		}
		var counters = c.counters();
		ContactRef contact = c.contact() == null ? null
				: new ContactRef(c.contact().name(), showPhone ? c.contact().phone() : mask(c.contact().phone()));
		return new CaseResponse(c.id(), c.number(), c.version(), true, c.status(), c.channel(),
				categoryRef, c.description(), point, region, c.reportedAt(), c.clock().stage(), c.clock().deadline(),
				c.clock().warning(), c.clock().isOverdueAt(now), c.pendingRequest(), c.proposedDepartment(),
				c.leadDepartment(), c.assistingDepartments(), c.communityTeam(),
				new Counts(counters.rework(), counters.returns(), counters.extensions(), counters.reopens(),
						counters.urge()),
				c.supervised(), c.satisfaction(), c.masterCaseId(), c.closedAt(), c.reporterId(), contact,
				allowedActions, masterRef, subject);
	}

	/** 138****0001: enough to recognise, not enough to call. */
	static String mask(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone == null ? null : "****";
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}
}
