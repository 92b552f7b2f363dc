package org.chengguan.open311.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.StatusChange;
import org.springframework.stereotype.Component;

/**
 * FixMyStreet's GET servicerequestupdates: one update per status change of any case in the window (start_date and
 * end_date, as GET requests bounds them), oldest first, paged. An update's id is its audit-trail row's, so it never
 * changes and a client that polls overlapping windows recognises what it has seen. The wording is public
 * ({@link PublicTexts#note}); the platform's photos are not public, so media_url stays empty.
 */
@Component
public class UpdateFeed {

	private final CaseManagement cases;

	private final PublicNames names;

	private final PublicTexts texts;

	private final Open311Properties properties;

	private final Clock clock;

	UpdateFeed(CaseManagement cases, PublicNames names, PublicTexts texts, Open311Properties properties, Clock clock) {
		this.cases = cases;
		this.names = names;
		this.texts = texts;
		this.properties = properties;
		this.clock = clock;
	}

	/** @throws Open311Exception 400 for a malformed or too wide window or paging */
	public List<UpdateView> between(Map<String, String[]> parameters) {
		List<String> faults = new ArrayList<>();
		TimeWindow window = TimeWindow.of(Parameters.value(parameters, "start_date"),
				Parameters.value(parameters, "end_date"), clock.instant(), properties.zone(), faults);
		Paging paging = Paging.of(Parameters.value(parameters, "page"), Parameters.value(parameters, "page_size"),
				faults);
		if (!faults.isEmpty()) {
			throw Open311Exception.badRequest(faults);
		}
		return cases.statusChangesBetween(window.from(), window.to(), paging.offset(), paging.pageSize())
			.stream()
			.map(this::view)
			.toList();
	}

	private UpdateView view(StatusChange change) {
		var t = change.transition();
		return new UpdateView(change.id(), change.caseId(), StatusMapping.extended(t.to()).name(), t.to().name(),
				t.at(), texts.note(t.action(), t.to(), names.agency(change.leadDepartment()), t.deadline()), null);
	}
}
