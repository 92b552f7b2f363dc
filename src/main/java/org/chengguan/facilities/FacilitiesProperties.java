package org.chengguan.facilities;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chengguan.facilities}: the demo feeder that moves the demo data's live state (free spaces, port states) as
 * gates and chargers would. It runs only with the demo data and {@code demo-feeder.enabled}; tests drive it by hand.
 */
@ConfigurationProperties("chengguan.facilities")
public record FacilitiesProperties(@DefaultValue DemoFeeder demoFeeder) {

	/**
	 * @param interval time between two steps
	 * @param share the share of parking lots and ports that change in one step
	 */
	public record DemoFeeder(@DefaultValue("true") boolean enabled, @DefaultValue("PT5S") Duration interval,
			@DefaultValue("0.01") double share) {
	}
}
