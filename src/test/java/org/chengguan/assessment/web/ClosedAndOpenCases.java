package org.chengguan.assessment.web;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseManagementTests;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.cases.photos.TestImages;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;

/**
 * Cases taken through the real lifecycle by staff scoped to a fresh spot: one closed and one left filed, so that a
 * district has a closure rate of its own to compare between the exports and the JSON API.
 */
final class ClosedAndOpenCases {

	private static final AtomicLong ids = new AtomicLong(8_500_000);

	private static int photoSeed = 9_100;

	private final CaseManagement cases;

	private final PhotoLibrary photos;

	final Location at;

	private final GeoPoint spot;

	private final Actor citizen;

	private final Actor inspector;

	private final Actor leader;

	private final Actor dispatcher;

	private final Actor handler;

	ClosedAndOpenCases(CaseManagement cases, PhotoLibrary photos, RegionDirectory regions) {
		this.cases = cases;
		this.photos = photos;
		this.spot = CaseManagementTests.nextSpot();
		this.at = regions.locate(spot).orElseThrow();
		long base = ids.addAndGet(10);
		String grid = at.grid().orElseThrow().code();
		citizen = actor(base + 1, Role.CITIZEN, null, null, Set.of());
		inspector = actor(base + 2, Role.INSPECTOR, at.community().orElseThrow().code(), null, Set.of(grid));
		leader = actor(base + 3, Role.SHIFT_LEADER, at.street().code(), null, Set.of());
		dispatcher = actor(base + 4, Role.DISPATCHER, at.district().code(), null, Set.of());
		handler = actor(base + 5, Role.HANDLER, "3406", "SANITATION", Set.of());
	}

	private static Actor actor(long id, Role role, String scope, String department, Set<String> grids) {
		return new Actor(id, "t" + id, "测试" + id, Set.of(role), scope, department, grids);
	}

	/** A citizen's report, verified, filed, dispatched, handled, checked and closed. */
	long closed(String category) {
		long id = filedAndDispatched(category);
		cases.act(handler, id, Action.HANDLE, photo(handler));
		cases.act(inspector, id, Action.CHECK_PASS, photo(inspector));
		cases.act(leader, id, Action.CLOSE, ActionCommand.comment(null));
		return id;
	}

	/** A citizen's report, verified, filed and dispatched to 环卫处, where it stays. */
	long filedAndDispatched(String category) {
		long id = cases.report(citizen, new ReportCommand(category, "考核导出测试", spot.lat(), spot.lon(), "wgs84",
				Channel.CITIZEN_APP, List.of(), null, null, false, null), null).reported().id();
		cases.act(inspector, id, Action.VERIFY, ActionCommand.comment("属实"));
		cases.act(leader, id, Action.FILE, ActionCommand.comment(null));
		cases.act(dispatcher, id, Action.DISPATCH,
				new ActionCommand(null, "SANITATION", List.of(), null, null, null, null, null, null, null, null));
		return id;
	}

	private ActionCommand photo(Actor by) {
		String id = photos.upload(by.userId(), new ByteArrayInputStream(TestImages.jpeg(32, 24, photoSeed++))).id()
			.toString();
		return new ActionCommand(null, null, null, List.of(id), null, null, null, null, null, null, null);
	}
}
