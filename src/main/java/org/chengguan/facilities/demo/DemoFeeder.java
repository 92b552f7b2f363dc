package org.chengguan.facilities.demo;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chengguan.facilities.FacilitiesProperties;
import org.chengguan.facilities.internal.LiveStateStore;
import org.chengguan.platform.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * 演示数据模拟器: moves the demo parking lots' free spaces and the demo charging ports' states every few seconds, so the
 * map's live layers move. Starts with the application only when the demo data is on and
 * {@code chengguan.facilities.demo-feeder.enabled} (the default); {@link #step()} runs one step on demand.
 */
@Component
public class DemoFeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoFeeder.class);

	private final LiveStateStore store;

	private final TransactionTemplate transaction;

	private final FacilitiesProperties.DemoFeeder settings;

	private final DemoData demoData;

	private final Clock clock;

	private ScheduledExecutorService executor;

	DemoFeeder(LiveStateStore store, TransactionTemplate transaction, FacilitiesProperties properties,
			DemoData demoData, Clock clock) {
		this.store = store;
		this.transaction = transaction;
		this.settings = properties.demoFeeder();
		this.demoData = demoData;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startWithTheApplication() {
		if (demoData.enabled() && settings.enabled()) {
			start();
		}
	}

	/** Starts stepping every interval (no-op if running). */
	public synchronized void start() {
		if (executor != null) {
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "facilities-demo-feeder");
			t.setDaemon(true);
			return t;
		});
		long millis = settings.interval().toMillis();
		executor.scheduleWithFixedDelay(() -> {
			try {
				step();
			}
			catch (RuntimeException e) {
				log.warn("Demo feeder step failed: {}", e.getMessage());
			}
		}, millis, millis, TimeUnit.MILLISECONDS);
		log.info("Demo feeder started: {} of the demo parking lots and ports change every {}", settings.share(),
				settings.interval());
	}

	@PreDestroy
	public synchronized void stop() {
		if (executor != null) {
			executor.shutdownNow();
			executor = null;
		}
	}

	public synchronized boolean running() {
		return executor != null;
	}

	/** One step: returns how many rows changed. */
	public int step() {
		return transaction.execute(status -> store.simulate(settings.share(), clock.instant()));
	}
}
