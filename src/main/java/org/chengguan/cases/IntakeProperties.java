package org.chengguan.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the {@link Intake} groups reports into transactions: at most {@code batchSize} per commit, at most
 * {@code queueCapacity} waiting (shared by the committers), {@code committers} batches written at once (each for its
 * share of the categories); with {@code batching} off every report is its own transaction.
 */
@ConfigurationProperties("chengguan.cases.intake")
record IntakeProperties(@DefaultValue("true") boolean batching, @DefaultValue("200") int batchSize,
		@DefaultValue("5000") int queueCapacity, @DefaultValue("2") int committers) {
}
