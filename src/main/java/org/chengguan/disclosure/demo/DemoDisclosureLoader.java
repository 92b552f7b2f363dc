package org.chengguan.disclosure.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.chengguan.disclosure.DocumentKind;
import org.chengguan.disclosure.internal.Avatars;
import org.chengguan.disclosure.internal.DocumentEditing;
import org.chengguan.disclosure.internal.Documents;
import org.chengguan.disclosure.internal.OfficerFields;
import org.chengguan.disclosure.internal.Officers;
import org.chengguan.disclosure.internal.Supervisions;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.DemoData;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.RegionLevel;
import org.chengguan.regions.ServicePoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo disclosure (演示公示数据), with the demo data only and after the demo users (hence {@code @Order(20)}): for
 * every community a GENERATED station chief (站长, phone public) and officer (队员, phone private) with drawn
 * placeholder photos, a profile for each OFFICER account scoped to the community (the demo users {@code officer} and
 * {@code officer-2}), the community's supervision contact; and the first published version of each document
 * ({@link DemoDocuments}). Idempotent: what exists is left as it is.
 */
@Component
@Order(20)
public class DemoDisclosureLoader implements ApplicationRunner {

	/** 淮北市, the demo city. */
	static final String CITY = "3406";

	private static final Logger log = LoggerFactory.getLogger(DemoDisclosureLoader.class);

	private final DemoData demoData;

	private final RegionDirectory regions;

	private final Officers officers;

	private final Supervisions supervisions;

	private final Documents documents;

	private final DocumentEditing editing;

	private final Actors actors;

	private final Clock clock;

	DemoDisclosureLoader(DemoData demoData, RegionDirectory regions, Officers officers, Supervisions supervisions,
			Documents documents, DocumentEditing editing, Actors actors, Clock clock) {
		this.demoData = demoData;
		this.regions = regions;
		this.officers = officers;
		this.supervisions = supervisions;
		this.documents = documents;
		this.editing = editing;
		this.actors = actors;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoData.enabled()) {
			loadIfAbsent();
		}
	}

	/** Loads what is missing; returns the number of officers' profiles created. */
	public synchronized int loadIfAbsent() {
		long start = System.nanoTime();
		int created = 0;
		for (Region community : communities()) {
			created += officersOf(community);
		}
		int published = 0;
		for (DocumentKind kind : DocumentKind.values()) {
			if (documents.latestVersion(kind) == 0) {
				editing.save(kind, 0, DemoDocuments.of(kind), null);
				editing.publish(kind, 1, null);
				published++;
			}
		}
		if (created > 0 || published > 0) {
			log.info("Loaded the GENERATED demo disclosure: {} officers' profiles, {} documents in {} ms", created,
					published, (System.nanoTime() - start) / 1_000_000);
		}
		return created;
	}

	private int officersOf(Region community) {
		String code = community.code();
		int created = 0;
		if (!officers.anyIn(code)) {
			String station = regions.servicePointsWithin(code).stream()
				.filter(p -> p.kind() == ServicePoint.Kind.STATION)
				.map(ServicePoint::name)
				.findFirst()
				.orElse(community.name() + "城市管理工作站");
			var chief = new DemoOfficerNames(code, 0);
			add(code, new OfficerFields(chief.name(), "站长，带班值守" + station + "，负责本社区城管进社区工作的统筹、"
					+ "群众诉求的受理和答复；值班电话对外公开，有事请直接拨打。", chief.mobile(), true, 0, null));
			var member = new DemoOfficerNames(code, 1);
			add(code, new OfficerFields(member.name(), "社区城管队员，负责网格巡查、市容秩序劝导和平台派发案件的"
					+ "处置；个人电话不公开，请联系工作站或拨打站长电话。", member.mobile(), false, 2, null));
			created += 2;
			supervisions.put(code, new Supervisions.Supervision(DemoOfficerNames.landline(community.parentCode()),
					"对本社区城管队员的执法行为、工作作风有意见，可拨打监督电话或12319城管服务热线，也可到" + station
							+ "当面反映或书面投诉。请说明队员姓名和事情经过，我们会及时核实并答复。"),
					clock.instant());
		}
		int linked = 0;
		for (Actor officer : actors.withRole(Role.OFFICER, code)) {
			if (code.equals(officer.scopeRegionCode()) && officers.byUser(officer.userId()).isEmpty()) {
				var names = new DemoOfficerNames(code, 10 + linked++);
				add(code, new OfficerFields(officer.displayName(), "社区城管队员，负责本社区网格巡查和群众回访不满意"
						+ "案件的重办；个人电话不公开。", names.mobile(), false, 1, officer.userId()));
				created++;
			}
		}
		return created;
	}

	private void add(String code, OfficerFields fields) {
		officers.add(code, fields, Avatars.placeholder(fields.name()), clock.instant());
	}

	private List<Region> communities() {
		var all = new ArrayList<Region>();
		for (Region district : regions.children(CITY)) {
			for (Region street : regions.children(district.code())) {
				regions.children(street.code()).stream().filter(r -> r.level() == RegionLevel.COMMUNITY)
					.forEach(all::add);
			}
		}
		return all;
	}
}
