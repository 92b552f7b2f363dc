package org.chengguan.facilities;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chengguan.facilities}: the demo feeder that moves the demo data's live state (free spaces, port states) as
 * gates and chargers would. It runs only with the demo data and {@code demo-feeder.enabled}; tests drive it by hand.
 * And the background imports' heartbeat.
 */
@ConfigurationProperties("chengguan.facilities")
public record FacilitiesProperties(@DefaultValue DemoFeeder demoFeeder, @DefaultValue ImportJobs importJobs) {

	/**
	 * Background imports ({@link FacilityImportJobs}).
	 *
	 * @param heartbeat how often an instance says that its jobs still run
	 * @param staleAfter a running job whose heartbeat is older than this was interrupted (its instance stopped or
	 *        died) and reads FAILED; several heartbeats long, so a busy moment does not fail a live job
	 * @param waiting how many jobs may wait on one instance while one runs (each holds its file in memory)
	 */
	public record ImportJobs(@DefaultValue("PT2S") Duration heartbeat, @DefaultValue("PT15S") Duration staleAfter,
			@DefaultValue("3") int waiting) {
	}

	/**
	 * @param interval time between two steps
	 * @param share the share of parking lots and ports that change in one step
	 */
	public record DemoFeeder(@DefaultValue("true") boolean enabled, @DefaultValue("PT5S") Duration interval,
			@DefaultValue("0.01") double share) {
	}
}
