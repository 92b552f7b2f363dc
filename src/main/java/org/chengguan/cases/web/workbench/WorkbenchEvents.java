package org.chengguan.cases.web.workbench;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chengguan.cases.CaseTransitioned;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live refresh of the desktop pages: each open workbench or department list subscribes with server-sent events,
 * and every committed transition of a case it may see is announced to it as a {@code case-changed} event, on which
 * the page reloads its counts and queue. Sending happens on a thread of its own, so a slow browser never delays the
 * transaction's caller. A heartbeat finds the connections of browsers that went away; the browser reconnects by
 * itself after a timeout or a restart. On shutdown the streams are closed first, so they hold up no graceful stop.
 */
@Component
class WorkbenchEvents implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WorkbenchEvents.class);

	static final Duration TIMEOUT = Duration.ofMinutes(30);

	static final Duration HEARTBEAT = Duration.ofSeconds(25);

	private final Map<SseEmitter, Actor> subscribers = new ConcurrentHashMap<>();

	private ScheduledExecutorService sender;

	private volatile boolean running;

	SseEmitter subscribe(Actor actor) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		if (!running) {
			emitter.complete();
			return emitter;
		}
		subscribers.put(emitter, actor);
		emitter.onCompletion(() -> subscribers.remove(emitter));
		emitter.onTimeout(() -> subscribers.remove(emitter));
		emitter.onError(e -> subscribers.remove(emitter));
		send(emitter, SseEmitter.event().name("connected").data("ok").reconnectTime(3_000));
		return emitter;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CaseTransitioned event) {
		ScheduledExecutorService executor = sender;
		if (subscribers.isEmpty() || executor == null) {
			return;
		}
		executor.execute(() -> announce(event));
	}

	private void announce(CaseTransitioned event) {
		String data = "{\"id\":" + event.caseId() + ",\"number\":\"" + event.number() + "\",\"to\":\""
				+ event.to().name() + "\"}";
		subscribers.forEach((emitter, actor) -> {
			if (sees(actor, event)) {
				send(emitter, SseEmitter.event().name("case-changed").data(data));
			}
		});
	}

	private void heartbeat() {
		subscribers.keySet().forEach(emitter -> send(emitter, SseEmitter.event().comment("heartbeat")));
	}

	private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException e) {
			subscribers.remove(emitter);
			log.debug("Dropped a workbench subscriber: {}", e.getMessage());
		}
	}

	/** The subscriber's own view: their region scope, or a handler's department. */
	static boolean sees(Actor actor, CaseTransitioned event) {
		if (actor.covers(event.regionCode())) {
			return true;
		}
		return actor.has(Role.HANDLER) && actor.departmentCode() != null
				&& actor.departmentCode().equals(event.leadDepartment());
	}

	@Override
	public void start() {
		sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "workbench-events");
			thread.setDaemon(true);
			return thread;
		});
		sender.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		subscribers.keySet().forEach(SseEmitter::complete);
		subscribers.clear();
		if (sender != null) {
			sender.shutdownNow();
			sender = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before the web server's graceful shutdown, which would otherwise wait for the open streams. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}
}
