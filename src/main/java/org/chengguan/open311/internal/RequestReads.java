package org.chengguan.open311.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.cases.Action;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.PublicCaseQuery;
import org.chengguan.cases.Stage;
import org.chengguan.cases.StatusChange;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.springframework.stereotype.Component;

/**
 * GET requests, GET requests/{id} and GET tokens/{token}: the city's cases as public service requests. Three reads
 * per page whatever its size: the cases, their latest status changes, the module's own records.
 */
@Component
public class RequestReads {

	private final CaseManagement cases;

	private final CatalogueManagement catalogue;

	private final RequestRecords records;

	private final ServiceCatalogue services;

	private final PublicNames names;

	private final PublicTexts texts;

	private final Open311Properties properties;

	private final Clock clock;

	RequestReads(CaseManagement cases, CatalogueManagement catalogue, RequestRecords records, ServiceCatalogue services,
			PublicNames names, PublicTexts texts, Open311Properties properties, Clock clock) {
		this.cases = cases;
		this.catalogue = catalogue;
		this.records = records;
		this.services = services;
		this.names = names;
		this.texts = texts;
		this.properties = properties;
		this.clock = clock;
	}

	/** @throws Open311Exception 400 for malformed filters */
	public List<RequestView> search(Map<String, String[]> parameters) {
		RequestSearch search = RequestSearch.parse(parameters, clock.instant(), properties.zone(),
				code -> catalogue.category(code).map(Category::code));
		return views(cases.listPublic(search.query()));
	}

	public Optional<RequestView> one(long id) {
		return views(cases.listPublic(PublicCaseQuery.byIds(List.of(id)))).stream().findFirst();
	}

	/** The request a token was given for, by POST: its id. */
	public Optional<Long> byToken(String token) {
		return records.byToken(token).map(RequestRecords.Record::caseId);
	}

	private List<RequestView> views(List<Case> found) {
		List<Long> ids = found.stream().map(Case::id).toList();
		Map<Long, StatusChange> latest = cases.latestStatusChanges(ids);
		Map<Long, RequestRecords.Record> own = records.byCases(ids);
		Map<String, String> routed = new HashMap<>();
		return found.stream().map(c -> view(c, latest.get(c.id()), own.get(c.id()), routed)).toList();
	}

	private RequestView view(Case c, StatusChange latest, RequestRecords.Record own, Map<String, String> routed) {
		String notes = latest != null
				? texts.note(latest.transition().action(), latest.transition().to(),
						names.agency(latest.leadDepartment()), latest.transition().deadline())
				: texts.note(c.status() == CaseStatus.CLOSED ? Action.SELF_HANDLE : Action.REPORT, c.status(), null,
						null);
		Instant updated = latest != null ? latest.transition().at() : c.reportedAt();
		Instant expected = c.status() == CaseStatus.DISPATCHED && c.clock().stage() == Stage.HANDLE
				? c.clock().deadline() : null;
		String agency = agency(c, routed);
		String notice = c.status() == CaseStatus.DUPLICATE && c.masterCaseId() != null
				? texts.text("duplicate.notice", String.valueOf(c.masterCaseId()))
				: services.notice(c.categoryCode(), agency);
		String description = c.channel() == Channel.OPEN311 ? PublicDetail.masked(c.description()) : null;
		return new RequestView(c.id(), StatusMapping.open311(c.status()), notes, services.nameOf(c.categoryCode()),
				c.categoryCode(), description, agency, notice, c.reportedAt(), updated, expected,
				names.address(c.region()), c.region().finest(), null, c.location().lat(), c.location().lon(),
				own == null ? null : own.mediaUrl());
	}

	/**
	 * Who is responsible: the department handling it (or the community's officers after a reopening); before
	 * dispatch the department filing proposed, before filing the one the routing rules name; none for a voided or
	 * duplicate report.
	 */
	private String agency(Case c, Map<String, String> routed) {
		return switch (c.status()) {
			case VOIDED, DUPLICATE -> null;
			case REPORTED, VERIFIED -> routed.computeIfAbsent(c.categoryCode() + "@" + c.region().finest(),
					k -> names.routed(c.categoryCode(), c.region().finest()));
			case FILED -> c.proposedDepartment() != null ? names.department(c.proposedDepartment())
					: routed.computeIfAbsent(c.categoryCode() + "@" + c.region().finest(),
							k -> names.routed(c.categoryCode(), c.region().finest()));
			default -> c.communityTeam() ? names.agency(null)
					: c.leadDepartment() == null ? null : names.department(c.leadDepartment());
		};
	}
}
