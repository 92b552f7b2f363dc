package org.chengguan.commerce.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The commerce module's settings.
 *
 * @param jointVisitInterval how long after a joint visit (综合查一次) the joint team may not visit the same merchant
 *        again, unless a complaint demands it (default 90 days)
 */
@ConfigurationProperties("chengguan.commerce")
public record CommerceProperties(@DefaultValue("90d") Duration jointVisitInterval) {
}
