package org.chengguan.open311.demo;

import org.chengguan.open311.internal.ApiClients;
import org.chengguan.open311.internal.Open311Properties;
import org.chengguan.platform.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo data's Open311 client, whose api_key {@value #KEY} is printed in the README so anyone can try a POST. Added
 * only with the demo data; without it the key is refused even if its row is still there (a public key must never
 * open a real city's intake).
 */
@Component
@Order(30)
class DemoApiClientLoader implements ApplicationRunner {

	/** The public demo key. */
	static final String KEY = "demo-open311-key";

	private static final Logger log = LoggerFactory.getLogger(DemoApiClientLoader.class);

	private final DemoData demoData;

	private final ApiClients clients;

	private final Open311Properties properties;

	DemoApiClientLoader(DemoData demoData, ApiClients clients, Open311Properties properties) {
		this.demoData = demoData;
		this.clients = clients;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoData.enabled()
				&& clients.addDemoClientIfAbsent("演示客户端 (demo)", KEY, properties.requestsPerMinute())) {
			log.info("Open311 demo client added: api_key {} (demo data only)", KEY);
		}
	}
}
