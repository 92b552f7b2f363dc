package org.chengguan.platform.database;

/** Present as a bean exactly when the app runs on its embedded default database. */
public record EmbeddedDefaultDatabase(int port) {
}
