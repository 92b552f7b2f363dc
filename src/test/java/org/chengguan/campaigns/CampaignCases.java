package org.chengguan.campaigns;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Cases at a fresh spot (its own unit grid, which no other test reports in) taken through the real lifecycle by staff
 * scoped to it: reported, filed and dispatched, or closed. The transitions publish their events, so the campaign's
 * tagging and the assessment's rollups see them as they see any case.
 */
public final class CampaignCases {

	private static final AtomicLong ids = new AtomicLong(8_900_000);

	private static final AtomicInteger photoSeed = new AtomicInteger(9_900);

	private final CaseManagement cases;

	private final PhotoLibrary photos;

	public final Location at;

	private final GeoPoint spot;

	private final Actor citizen;

	private final Actor inspector;

	private final Actor leader;

	private final Actor dispatcher;

	private final Actor handler;

	public CampaignCases(CaseManagement cases, PhotoLibrary photos, RegionDirectory regions) {
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

	public String grid() {
		return at.grid().orElseThrow().code();
	}

	/** A citizen's report (随手拍), left as reported. */
	public long reported(String category) {
		return cases.report(citizen, new ReportCommand(category, "专项整治测试 13812345678", spot.lat(), spot.lon(),
				"wgs84", Channel.CITIZEN_APP, List.of(), null, null, false, null), null).reported().id();
	}

	/** A citizen's report, verified, filed and dispatched to 环卫处, where it stays. */
	public long dispatched(String category) {
		long id = reported(category);
		cases.act(inspector, id, Action.VERIFY, ActionCommand.comment("属实"));
		cases.act(leader, id, Action.FILE, ActionCommand.comment(null));
		cases.act(dispatcher, id, Action.DISPATCH,
				new ActionCommand(null, "SANITATION", List.of(), null, null, null, null, null, null, null, null));
		return id;
	}

	/** A citizen's report through verification, filing, dispatch, handling (at once, on time), check and close. */
	public long closed(String category) {
		long id = dispatched(category);
		closeDispatched(id);
		return id;
	}

	/** Handles, checks and closes a case this spot's staff dispatched. */
	public void closeDispatched(long id) {
		cases.act(handler, id, Action.HANDLE, photo(handler));
		cases.act(inspector, id, Action.CHECK_PASS, photo(inspector));
		cases.act(leader, id, Action.CLOSE, ActionCommand.comment(null));
	}

	private ActionCommand photo(Actor by) {
		String id = photos.upload(by.userId(), new ByteArrayInputStream(TestImages.jpeg(32, 24,
				photoSeed.incrementAndGet()))).id().toString();
		return new ActionCommand(null, null, null, List.of(id), null, null, null, null, null, null, null);
	}
}
