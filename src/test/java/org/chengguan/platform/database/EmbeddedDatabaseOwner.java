package org.chengguan.platform.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/** A second JVM for {@link EmbeddedDatabaseServerTests}: starts a server, writes a row, then waits to be killed. */
public final class EmbeddedDatabaseOwner {

	public static void main(String[] args) throws Exception {
		var server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(Path.of(args[0]), 0, true, null));
		try (var connection = DriverManager.getConnection(server.jdbcUrl())) {
			connection.createStatement().execute("CREATE TABLE survivor (note text)");
			connection.createStatement().execute("INSERT INTO survivor VALUES ('written before the kill')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
