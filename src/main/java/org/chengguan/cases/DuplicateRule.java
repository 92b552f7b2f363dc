package org.chengguan.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a new report is a duplicate: same category, within {@code radiusMetres} of an open case reported within
 * {@code window} (defaults 50 m, 72 h).
 */
@ConfigurationProperties("chengguan.cases.duplicates")
public record DuplicateRule(@DefaultValue("50") double radiusMetres, @DefaultValue("PT72H") Duration window) {
}
