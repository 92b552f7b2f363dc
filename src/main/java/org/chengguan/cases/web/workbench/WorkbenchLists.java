package org.chengguan.cases.web.workbench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CasePage;
import org.chengguan.cases.CaseQuery;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.QueueCounts;
import org.chengguan.identity.Actor;
import org.chengguan.platform.ForbiddenException;
import org.springframework.stereotype.Component;

/** The workbench's queues and searches, always within the signed-in user's scope. */
@Component
class WorkbenchLists {

	private final CaseManagement cases;

	private final WorkbenchQueries queries;

	private final CaseViews views;

	WorkbenchLists(CaseManagement cases, WorkbenchQueries queries, CaseViews views) {
		this.cases = cases;
		this.queries = queries;
		this.views = views;
	}

	/** One page of a list, and how many match in all. */
	record Listing(List<CaseRow> rows, long total, int page, int pages) {
	}

	Listing list(Actor me, QueueFilter filter, Names.Lookup names) {
		int size = QueueFilter.PAGE_SIZE;
		String scope = scope(me, filter.region());
		if (filter.searchesNumber()) {
			List<Case> found = queries.idsByNumber(filter.number(), scope, size).stream()
				.map(id -> cases.get(me, id))
				.filter(c -> cases.seesInFull(me, c))
				.toList();
			return listing(me, found, found.size(), 0, names);
		}
		if (filter.queue() == Queue.REQUESTS && filter.status() == null) {
			List<Case> waiting = queries.pendingIds(scope, filter.category(), filter.page(), size).stream()
				.map(id -> cases.get(me, id))
				.toList();
			return listing(me, waiting, queries.pendingCount(scope, filter.category()), filter.page(), names);
		}
		Set<CaseStatus> statuses = filter.status() != null ? Set.of(filter.status())
				: filter.queue().statuses().isEmpty() ? null : filter.queue().statuses();
		Boolean overdue = filter.queue() == Queue.OVERDUE && filter.status() == null ? Boolean.TRUE : null;
		CasePage page = cases.search(me, new CaseQuery(statuses, filter.region(), filter.category(), overdue, null, null,
				CaseQuery.Sort.DEADLINE, filter.page(), size));
		return listing(me, page.cases(), page.total(), filter.page(), names);
	}

	/** How many cases wait in each queue, in the region (or the whole scope). */
	Map<Queue, Long> counts(Actor me, String region) {
		QueueCounts counts = cases.queueCounts(me, region);
		Map<Queue, Long> byQueue = new EnumMap<>(Queue.class);
		for (Queue queue : Queue.values()) {
			byQueue.put(queue, queue.count(counts));
		}
		return byQueue;
	}

	private Listing listing(Actor me, List<Case> found, long total, int page, Names.Lookup names) {
		int size = QueueFilter.PAGE_SIZE;
		int pages = (int) Math.max(1, (total + size - 1) / size);
		return new Listing(views.rows(me, found, names), total, page, pages);
	}

	/** The region to list: the one asked for if it lies in the user's scope, else the whole scope. */
	private static String scope(Actor me, String region) {
		if (region == null) {
			return me.scopeRegionCode();
		}
		if (!me.covers(region)) {
			throw new ForbiddenException("the region " + region + " lies outside your scope " + me.scopeRegionCode());
		}
		return region;
	}
}
