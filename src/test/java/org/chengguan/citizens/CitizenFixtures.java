package org.chengguan.citizens;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.cases.Satisfaction;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.cases.photos.TestImages;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.identity.UserAdministration;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.springframework.context.ApplicationContext;

/**
 * Cases for the citizens' tests, driven through {@link CaseManagement}: real citizens (the module tells and rewards
 * only users who are citizens), staff built in the test (their ids need no user rows), and a fresh spot for each
 * report, apart from other test classes' spots, so that no report becomes another test's duplicate.
 */
public final class CitizenFixtures {

	public static final String PASSWORD = "t-pass-2026";

	private static final AtomicInteger spots = new AtomicInteger();

	private static final AtomicInteger users = new AtomicInteger();

	private static int photoSeed = ThreadLocalRandom.current().nextInt(0xFFFF);

	private final CaseManagement cases;

	private final RegionDirectory regions;

	private final UserAdministration administration;

	private final PhotoLibrary photos;

	public CitizenFixtures(ApplicationContext context) {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		this.cases = context.getBean(CaseManagement.class);
		this.regions = context.getBean(RegionDirectory.class);
		this.administration = context.getBean(UserAdministration.class);
		this.photos = context.getBean(PhotoLibrary.class);
	}

	/** The staff who take a case at a spot through its lifecycle. */
	public record Team(Actor inspector, Actor shiftLeader, Actor dispatcher, Actor handler, Actor operator) {
	}

	/** A new citizen (市民) with a password, unique to this call. */
	public NewUser newCitizenAccount() {
		return NewUser.citizen("t-cz-" + users.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36),
				"测试市民", PASSWORD, null);
	}

	/** A new citizen (市民), stored, unique to this call. */
	public Actor newCitizen() {
		return administration.create(newCitizenAccount());
	}

	/** A fresh point in the urban grids, ~130 m from every other test's. */
	public static GeoPoint nextSpot() {
		int k = spots.incrementAndGet();
		return new GeoPoint(33.944 + (k / 20) * 0.0012, 116.780 + (k % 20) * 0.0014);
	}

	public Team teamAt(GeoPoint point) {
		Location at = regions.locate(point).orElseThrow();
		String community = at.community().orElseThrow().code();
		long base = 3_000_000L + spots.get() * 10L;
		return new Team(
				new Actor(base + 2, "i", "i", Set.of(Role.INSPECTOR), community, null,
						Set.of(at.grid().orElseThrow().code())),
				staff(base + 3, Role.SHIFT_LEADER, at.street().code(), null),
				staff(base + 4, Role.DISPATCHER, at.district().code(), null),
				staff(base + 5, Role.HANDLER, "3406", "SANITATION"),
				staff(base + 6, Role.OPERATOR, at.district().code(), null));
	}

	private static Actor staff(long id, Role role, String scope, String department) {
		return new Actor(id, role.name().toLowerCase(), role.name(), Set.of(role), scope, department, Set.of());
	}

	public static ReportCommand citizenReport(GeoPoint p, String category) {
		return new ReportCommand(category, "路边有暴露垃圾", p.lat(), p.lon(), "wgs84", Channel.CITIZEN_APP, List.of(),
				null, null, false, null);
	}

	public Case report(Actor citizen, GeoPoint p, String category) {
		return cases.report(citizen, citizenReport(p, category), null).reported();
	}

	public Case act(Actor actor, long caseId, Action action, ActionCommand command) {
		return cases.act(actor, caseId, action, command);
	}

	public Case act(Actor actor, long caseId, Action action) {
		return act(actor, caseId, action, ActionCommand.comment(null));
	}

	/** Verified and filed (立案). */
	public Case file(Team t, long caseId) {
		act(t.inspector(), caseId, Action.VERIFY);
		return act(t.shiftLeader(), caseId, Action.FILE);
	}

	/** From filed to closed (结案): dispatched, handled, checked on site, closed. */
	public Case dispatchHandleCheckAndClose(Team t, long caseId) {
		act(t.dispatcher(), caseId, Action.DISPATCH);
		act(t.handler(), caseId, Action.HANDLE, withPhoto(t.handler()));
		act(t.inspector(), caseId, Action.CHECK_PASS, withPhoto(t.inspector()));
		return act(t.shiftLeader(), caseId, Action.CLOSE);
	}

	public ActionCommand withPhoto(Actor actor) {
		String photo = photos.upload(actor.userId(), new ByteArrayInputStream(TestImages.jpeg(40, 30, photoSeed++)))
			.id()
			.toString();
		return new ActionCommand(null, null, null, List.of(photo), null, null, null, null, null, null, null);
	}

	public static ActionCommand rating(Satisfaction satisfaction) {
		return new ActionCommand(null, null, null, null, satisfaction, null, null, null, null, null, null);
	}

	public static ActionCommand masterIs(long masterCaseId) {
		return new ActionCommand("同一问题", null, null, null, null, null, null, null, null, null, masterCaseId);
	}
}
