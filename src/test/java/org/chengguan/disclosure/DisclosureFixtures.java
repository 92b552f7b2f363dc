package org.chengguan.disclosure;

import org.chengguan.disclosure.demo.DemoDisclosureLoader;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.demo.DemoUserLoader;
import org.chengguan.regions.demo.DemoDataLoader;
import org.springframework.context.ApplicationContext;

/** The demo geography, users and disclosure that the disclosure tests read, loaded once into the shared database. */
final class DisclosureFixtures {

	/** The city centre; in the demo geography 翠峰社区 of 相南街道, where the demo user {@code officer} serves. */
	static final GeoPoint CENTRE = new GeoPoint(33.955, 116.798);

	private DisclosureFixtures() {
	}

	static void load(ApplicationContext context) {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		context.getBean(DemoUserLoader.class).loadIfAbsent();
		context.getBean(DemoDisclosureLoader.class).loadIfAbsent();
	}
}
