package org.chengguan.cases.photos;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where photos live and the limits on them.
 *
 * @param dir the directory of the content-addressed files
 * @param maxSize the largest photo accepted
 * @param maxPerStep how many photos one case step may carry
 * @param unusedFor how long an uploaded photo may wait for a case before it is collected
 */
@ConfigurationProperties("chengguan.photos")
public record PhotoProperties(@DefaultValue("./data/photos") Path dir, @DefaultValue("10MB") DataSize maxSize,
		@DefaultValue("9") int maxPerStep, @DefaultValue("PT24H") Duration unusedFor) {
}
