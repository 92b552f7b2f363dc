package org.chengguan.platform.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where the cluster lives; kept across restarts
 * @param port the port to listen on, 0 for any free one
 * @param durable whether commits survive a power cut ({@code fsync} and {@code synchronous_commit} on); zonky
 *        turns both off by default, which is fine for a throw-away test database and nothing else
 * @param settings more server settings ({@code postgresql.conf} names), e.g. {@code shared_preload_libraries} for a
 *        diagnostic run of {@code bench/lifecycle --pg-statements}
 */
@ConfigurationProperties("chengguan.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") Path dataDir, @DefaultValue("0") int port,
		@DefaultValue("true") boolean durable, Map<String, String> settings) {

	public EmbeddedDatabaseProperties {
		settings = settings == null ? Map.of() : Map.copyOf(settings);
	}
}
