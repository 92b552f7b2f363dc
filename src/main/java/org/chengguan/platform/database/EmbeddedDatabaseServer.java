package org.chengguan.platform.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries inside the zonky artifact, on a data directory that this process
 * owns exclusively.
 * <p>
 * Two hazards shape it. The server is a separate process that outlives a {@code kill -9} of the JVM, still
 * holding the data directory; so a start first stops a server that an earlier, dead run left behind. And two
 * apps on one directory would corrupt it; so the directory is guarded by an OS file lock ({@code <dir>.lock}),
 * which the OS releases when the owning process dies however it dies. A start that cannot take the lock refuses
 * with a message naming the directory.
 */
public final class EmbeddedDatabaseServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabaseServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
	}

	/** Starts a server on {@code properties.dataDir()}, creating the cluster on first use. */
	public static EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(dataDir.getParent());
			Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new IllegalStateException("Another running instance holds the embedded database at " + dataDir
						+ " (lock " + lockFile + "). Stop it, or give this one its own chengguan.embedded-db.data-dir.");
			}
			stopOrphanedServer(dataDir);
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPort(properties.port())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C");
			if (properties.durable()) {
				builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			properties.settings().forEach(builder::setServerConfig);
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL on port {} with data in {} (durable: {})", postgres.getPort(), dataDir,
					properties.durable());
			return new EmbeddedDatabaseServer(channel, lock, postgres);
		}
		catch (IOException e) {
			closeQuietly(channel);
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
		}
		catch (RuntimeException e) {
			closeQuietly(channel);
			throw e;
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			lock.release();
			lockChannel.close();
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException e) {
			return null; // held by this very JVM
		}
	}

	/**
	 * A {@code postmaster.pid} naming a live postgres process while we hold the lock can only be a server whose
	 * owner died without stopping it. Stop it cleanly (SIGTERM waits for nothing: its clients died with the JVM).
	 */
	private static void stopOrphanedServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> server = parsePid(lines.get(0)).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
		if (server.isEmpty()) {
			return; // a stale file: PostgreSQL itself ignores it
		}
		ProcessHandle postmaster = server.get();
		log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run that did not shut down",
				postmaster.pid(), dataDir);
		List<ProcessHandle> children = postmaster.descendants().toList();
		postmaster.destroy();
		if (!waitForExit(postmaster, ORPHAN_STOP_WAIT)) {
			log.warn("PostgreSQL pid {} ignored SIGTERM for {}; killing it", postmaster.pid(), ORPHAN_STOP_WAIT);
			postmaster.destroyForcibly();
			children.forEach(ProcessHandle::destroyForcibly);
			waitForExit(postmaster, ORPHAN_STOP_WAIT);
		}
		for (ProcessHandle child : children) {
			waitForExit(child, ORPHAN_STOP_WAIT);
		}
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (process.isAlive() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return !process.isAlive();
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ignored) {
				// the original failure is the one worth reporting
			}
		}
	}
}
