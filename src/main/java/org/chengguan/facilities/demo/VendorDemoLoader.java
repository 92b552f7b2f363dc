package org.chengguan.facilities.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chengguan.facilities.FacilityDirectory;
import org.chengguan.facilities.FacilityHit;
import org.chengguan.facilities.FacilityQuery;
import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.displays.LicenceNumber;
import org.chengguan.facilities.displays.NewOutdoorDisplay;
import org.chengguan.facilities.displays.OutdoorDisplay;
import org.chengguan.facilities.displays.OutdoorDisplays;
import org.chengguan.facilities.stalls.IdCardNumber;
import org.chengguan.facilities.stalls.NewPitchApplication;
import org.chengguan.facilities.stalls.NewVendorRegistration;
import org.chengguan.facilities.stalls.PitchApplication;
import org.chengguan.facilities.stalls.PitchApplications;
import org.chengguan.facilities.stalls.VendorRegistrations;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A small GENERATED street-life demo (issue 8), through the module's own use cases so it obeys every rule: the demo
 * user {@code citizen} is a vendor (摊贩登记, invented name and ID card number) verified by the demo {@code officer},
 * holds an approved pitch at the nearest stall area of 相南街道 for the coming week, and a shop of theirs has an
 * approved outdoor display (特色外摆) at the city centre for the coming month; {@code citizen-2} has registered and
 * waits for verification. Runs after the demo users and facilities (order 20), once.
 */
@Component
@Order(20)
class VendorDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VendorDemoLoader.class);

	/** The city centre, in 翠峰社区 of 相南街道 (the demo officer's community). */
	static final GeoPoint CENTRE = new GeoPoint(33.955, 116.798);

	private final DemoData demoData;

	private final Actors actors;

	private final VendorRegistrations vendors;

	private final PitchApplications pitches;

	private final OutdoorDisplays displays;

	private final FacilityDirectory directory;

	VendorDemoLoader(DemoData demoData, Actors actors, VendorRegistrations vendors, PitchApplications pitches,
			OutdoorDisplays displays, FacilityDirectory directory) {
		this.demoData = demoData;
		this.actors = actors;
		this.vendors = vendors;
		this.pitches = pitches;
		this.displays = displays;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoData.enabled()) {
			return;
		}
		Optional<Actor> citizen = actors.byUsername("citizen");
		Optional<Actor> citizen2 = actors.byUsername("citizen-2");
		Optional<Actor> officer = actors.byUsername("officer");
		if (citizen.isEmpty() || citizen2.isEmpty() || officer.isEmpty() || vendors.mine(citizen.get()).isPresent()) {
			return;
		}
		try {
			load(citizen.get(), citizen2.get(), officer.get());
		}
		catch (RuntimeException e) {
			log.warn("The street-life demo (vendors, pitches, outdoor displays) was not loaded: {}", e.getMessage());
		}
	}

	private void load(Actor citizen, Actor citizen2, Actor officer) {
		var registered = vendors.register(citizen, new NewVendorRegistration("张秀英", "13800000001",
				idNumber("34060319780512041"), List.of("蔬菜", "水果"), "340603001"));
		vendors.verify(officer, registered.id(), null);
		vendors.register(citizen2, new NewVendorRegistration("李建国", "13800000002", idNumber("34060219850923123"),
				List.of("小吃"), "340603001"));
		List<FacilityHit> areas = directory.search(new FacilityQuery(Set.of(FacilityType.STALL_AREA), CENTRE, 3000.0,
				null, null, false, null, null, 20));
		var today = pitches.today();
		for (FacilityHit hit : areas) {
			var area = pitches.area(hit.facility().id()).orElse(null);
			if (area == null || !"340603001".equals(area.streetCode()) || area.pitches() < 1 || area.goods().isEmpty()) {
				continue;
			}
			PitchApplication applied = pitches.apply(citizen, area.id(), new NewPitchApplication(
					List.of(area.goods().get(0)), today.plusDays(1), today.plusDays(7), 1, "13800000001"));
			pitches.approve(officer, applied.id(), 1);
			break;
		}
		String first17 = "91340603MA2DEM001";
		OutdoorDisplay display = displays.apply(citizen, new NewOutdoorDisplay("秀英鲜果铺", first17
				+ LicenceNumber.checkCharacter(first17), "相山区人民路（演示）", CENTRE.lat(), CENTRE.lon(), "wgs84",
				null, new NewOutdoorDisplay.Rectangle(4.0, 2.0, 180.0), today, today.plusDays(30), "08:00-21:00",
				"时令水果展示架", "13800000001"));
		displays.approve(officer, display.id(), null);
		log.info("Street-life demo loaded: a verified vendor with an approved pitch, a pending vendor, an outdoor display");
	}

	private static String idNumber(String first17) {
		return first17 + IdCardNumber.checkDigit(first17);
	}
}
