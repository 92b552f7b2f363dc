package org.chengguan.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's two hazards, with a real second JVM: an owner killed with SIGKILL leaves PostgreSQL
 * running on the data directory, and a second app could open a directory that a first one still uses.
 */
class EmbeddedDatabaseServerTests {

	@TempDir
	Path dir;

	Process owner;

	@AfterEach
	void stopOwnerAndItsServer() throws Exception {
		if (owner != null && owner.isAlive()) {
			owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		Path pidFile = dir.resolve("pg").resolve("postmaster.pid");
		if (Files.exists(pidFile)) {
			var server = ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
			if (server.isPresent()) {
				// wait for its shutdown checkpoint, or the temporary directory is deleted under its feet
				server.get().destroy();
				server.get().onExit().get(30, TimeUnit.SECONDS);
			}
		}
	}

	@Test
	void startsAfterItsOwnerWasKilledWithSigkillAndKeepsTheData() throws Exception {
		Path data = dir.resolve("pg");
		owner = startOwner(data);
		long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
		owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("PostgreSQL outlives its JVM").contains(true);

		try (var server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(data, 0, true, null));
				var connection = DriverManager.getConnection(server.jdbcUrl())) {
			var result = connection.createStatement().executeQuery("SELECT note FROM survivor");
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).isEqualTo("written before the kill");
			for (String setting : new String[] { "fsync", "synchronous_commit" }) {
				var shown = connection.createStatement().executeQuery("SHOW " + setting);
				shown.next();
				assertThat(shown.getString(1)).as(setting + " on a durable server").isEqualTo("on");
			}
		}
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
	}

	@Test
	void refusesADataDirectoryThatARunningAppHolds() throws Exception {
		Path data = dir.resolve("pg");
		owner = startOwner(data);
		assertThatThrownBy(() -> EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(data, 0, true, null)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Another running instance")
			.hasMessageContaining(data.toString());
	}

	/** Starts {@link EmbeddedDatabaseOwner} in another JVM and waits until it has written its row. */
	private static Process startOwner(Path data) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseOwner.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		var reader = new BufferedReader(new InputStreamReader(process.getInputStream()));
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.equals("READY")) {
				return process;
			}
		}
		throw new IllegalStateException("the owner JVM exited before it was ready: " + process.waitFor());
	}
}
