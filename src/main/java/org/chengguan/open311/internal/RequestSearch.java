package org.chengguan.open311.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.PublicCaseQuery;

/**
 * GET requests' filters: service_request_id (a comma list that overrides every other filter), service_code and
 * status (comma lists), start_date and end_date ({@link TimeWindow}), and the extensions page, page_size
 * ({@link Paging}) and bbox ({@code minLon,minLat,maxLon,maxLat}, WGS-84).
 */
record RequestSearch(List<Long> ids, TimeWindow window, Set<String> categories, Set<CaseStatus> statuses,
		PublicCaseQuery.Box box, Paging paging) {

	/**
	 * @param categoryCode the canonical code of a service code as a client writes it, empty if there is no such
	 *        category
	 * @throws Open311Exception 400 with every fault found
	 */
	static RequestSearch parse(Map<String, String[]> form, Instant now, ZoneId zone,
			Function<String, Optional<String>> categoryCode) {
		List<String> faults = new ArrayList<>();
		String ids = Parameters.value(form, "service_request_id");
		if (ids != null) {
			List<Long> wanted = list(ids).stream().filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf)
				.distinct().toList();
			if (wanted.size() > Paging.MAX_SIZE) {
				throw Open311Exception.badRequest("service_request_id may list at most " + Paging.MAX_SIZE + " ids");
			}
			return new RequestSearch(wanted, null, Set.of(), Set.of(), null, new Paging(1, Paging.MAX_SIZE));
		}
		TimeWindow window = TimeWindow.of(Parameters.value(form, "start_date"),
				Parameters.value(form, "end_date"), now, zone, faults);
		Set<String> categories = new LinkedHashSet<>();
		for (String code : list(Parameters.value(form, "service_code"))) {
			categoryCode.apply(code).ifPresentOrElse(categories::add,
					() -> faults.add("service_code '" + code + "' is not a service (see services.xml)"));
		}
		Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
		for (String status : list(Parameters.value(form, "status"))) {
			switch (status.toLowerCase(Locale.ROOT)) {
				case "open" -> Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).forEach(statuses::add);
				case "closed" -> Arrays.stream(CaseStatus.values()).filter(s -> !s.isOpen()).forEach(statuses::add);
				default -> faults.add("status must be open or closed, was '" + status + "'");
			}
		}
		PublicCaseQuery.Box box = box(Parameters.value(form, "bbox"), faults);
		Paging paging = Paging.of(Parameters.value(form, "page"),
				Parameters.value(form, "page_size"), faults);
		if (!faults.isEmpty()) {
			throw Open311Exception.badRequest(faults);
		}
		return new RequestSearch(List.of(), window, categories, statuses, box, paging);
	}

	PublicCaseQuery query() {
		if (window == null) {
			return PublicCaseQuery.byIds(ids);
		}
		return new PublicCaseQuery(List.of(), window.from(), window.to(), categories, statuses, box, paging.offset(),
				paging.pageSize());
	}

	/** Whether service_request_id was given (then nothing else filters). */
	boolean byIds() {
		return window == null;
	}

	private static PublicCaseQuery.Box box(String text, List<String> faults) {
		if (text == null) {
			return null;
		}
		String[] parts = text.split(",");
		try {
			if (parts.length == 4) {
				double minLon = Double.parseDouble(parts[0].strip());
				double minLat = Double.parseDouble(parts[1].strip());
				double maxLon = Double.parseDouble(parts[2].strip());
				double maxLat = Double.parseDouble(parts[3].strip());
				if (minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90 && minLon < maxLon
						&& minLat < maxLat) {
					return new PublicCaseQuery.Box(minLon, minLat, maxLon, maxLat);
				}
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		faults.add("bbox must be minLon,minLat,maxLon,maxLat in WGS-84 degrees with min < max, was '" + text + "'");
		return null;
	}

	private static List<String> list(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
