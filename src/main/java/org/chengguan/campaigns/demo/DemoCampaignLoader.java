package org.chengguan.campaigns.demo;

import java.util.ArrayList;
import java.util.List;

import org.chengguan.assessment.Assessment;
import org.chengguan.campaigns.Campaigns;
import org.chengguan.campaigns.internal.CampaignStore;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.DemoData;
import org.chengguan.regions.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo campaign (演示专项整治), with the demo data only and after the demo users (hence {@code @Order(40)}): a few
 * GENERATED patrol reports by the demo inspector in 翠峰社区, some filed and dispatched by the demo staff, then
 * 「三整治一提升」 created by the demo administrator, which tags them. Idempotent: nothing is done if the campaign exists.
 */
@Component
@Order(40)
public class DemoCampaignLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCampaignLoader.class);

	/** The demo geography's centre (翠峰社区 of 相南街道), where the demo inspector patrols. */
	static final GeoPoint CENTRE = new GeoPoint(33.955, 116.798);

	static final String COMMUNITY = "340603001006";

	private final DemoData demoData;

	private final CampaignStore store;

	private final Campaigns campaigns;

	private final CaseManagement cases;

	private final Actors actors;

	private final RegionDirectory regions;

	private final Assessment assessment;

	DemoCampaignLoader(DemoData demoData, CampaignStore store, Campaigns campaigns, CaseManagement cases, Actors actors,
			RegionDirectory regions, Assessment assessment) {
		this.demoData = demoData;
		this.store = store;
		this.campaigns = campaigns;
		this.cases = cases;
		this.actors = actors;
		this.regions = regions;
		this.assessment = assessment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoData.enabled()) {
			loadIfAbsent();
		}
	}

	public void loadIfAbsent() {
		if (store.findByName(DemoCampaigns.NAME).isPresent()) {
			return;
		}
		Actor admin = actors.byUsername("admin").orElse(null);
		if (admin == null) {
			log.warn("No demo administrator: the demo campaign is not loaded");
			return;
		}
		int reported = reportDemoCases();
		var c = campaigns.create(admin, DemoCampaigns.draft(assessment.today()));
		log.info("Loaded the demo campaign {} ({} .. {}), with {} GENERATED patrol reports in {}", c.name(),
				c.startDate(), c.endDate(), reported, COMMUNITY);
	}

	/** Patrol reports at spots of the centre's community at least 150 m apart (beyond the duplicate rule's 50 m). */
	private int reportDemoCases() {
		Actor inspector = actors.byUsername("inspector").orElse(null);
		Actor shiftLeader = actors.byUsername("shift-leader").orElse(null);
		Actor dispatcher = actors.byUsername("dispatcher").orElse(null);
		if (inspector == null || shiftLeader == null || dispatcher == null) {
			return 0;
		}
		String[][] reports = { { "E0101", "小区内私自搭建彩钢板棚" }, { "E0102", "垃圾分类投放点外暴露垃圾" },
				{ "E0107", "路边长期停放的废弃轿车" }, { "E0507", "绿化带被踩踏损毁" }, { "E0201", "楼道墙面张贴非法小广告" },
				{ "E0103", "拆迁空地积存建筑渣土" } };
		List<GeoPoint> spots = spots(reports.length);
		int done = 0;
		try {
			for (int i = 0; i < spots.size(); i++) {
				GeoPoint p = spots.get(i);
				long id = cases.report(inspector, new ReportCommand(reports[i][0], reports[i][1], p.lat(), p.lon(),
						"wgs84", Channel.INSPECTOR, List.of(), null, null, false, null), "demo-campaign-" + i)
					.reported().id();
				if (i % 3 != 2) {
					cases.act(shiftLeader, id, Action.FILE, ActionCommand.comment(null));
					cases.act(dispatcher, id, Action.DISPATCH, ActionCommand.comment(null));
				}
				done++;
			}
		}
		catch (RuntimeException e) {
			log.warn("The demo campaign's patrol reports stopped after {}: {}", done, e.getMessage());
		}
		return done;
	}

	private List<GeoPoint> spots(int n) {
		List<GeoPoint> found = new ArrayList<>();
		for (int i = -12; i <= 12 && found.size() < n; i += 3) {
			for (int j = -12; j <= 12 && found.size() < n; j += 3) {
				GeoPoint p = new GeoPoint(CENTRE.lat() + i * 0.0007, CENTRE.lon() + j * 0.0008);
				boolean inside = regions.locate(p).flatMap(l -> l.community())
					.map(c -> c.code().equals(COMMUNITY)).orElse(false);
				if (inside && p.distanceMetres(CENTRE) > 150) {
					found.add(p);
				}
			}
		}
		return found;
	}
}
