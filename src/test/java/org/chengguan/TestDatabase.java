package org.chengguan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.chengguan.platform.database.EmbeddedDatabaseProperties;
import org.chengguan.platform.database.EmbeddedDatabaseServer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * One real PostgreSQL per test JVM, on a throw-away directory, shared by every Spring context the tests create.
 * Not durable (fsync off): a test database need not survive a power cut.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedDatabaseServer server;

	public static synchronized EmbeddedDatabaseServer server() {
		if (server == null) {
			try {
				var dir = Files.createTempDirectory("chengguan-test-pg").resolve("pg");
				server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(dir, 0, false, null));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ignored) {
					// the JVM is going away; zonky's own hook stops the server too
				}
			}));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
				"spring.datasource.url=" + server().jdbcUrl(), "spring.datasource.username=postgres");
	}
}
