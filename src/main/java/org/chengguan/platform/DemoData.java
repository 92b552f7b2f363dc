package org.chengguan.platform;

import java.util.Locale;

import org.chengguan.platform.database.EmbeddedDefaultDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this run carries the generated demo data (演示数据): every module's demo loader asks here, so the city's
 * geography, the demo users and whatever comes later are either all there or all absent.
 * <p>
 * {@code chengguan.demo-data}: {@code true} on any database, {@code false} never, {@code auto} (the default) only on
 * the embedded default database, which a fresh machine gets when no {@code spring.datasource.url} is configured.
 */
@Component
public final class DemoData {

	private final boolean enabled;

	@Autowired
	DemoData(@Value("${chengguan.demo-data:auto}") String mode, ObjectProvider<EmbeddedDefaultDatabase> embedded) {
		this(decide(mode, embedded.getIfAvailable() != null));
	}

	private DemoData(boolean enabled) {
		this.enabled = enabled;
	}

	/** A fixed answer, for tests and tools that run without the application. */
	public static DemoData fixed(boolean enabled) {
		return new DemoData(enabled);
	}

	/** Whether demo data is to be loaded (and demo users may exist). */
	public boolean enabled() {
		return enabled;
	}

	static boolean decide(String mode, boolean embeddedDefault) {
		return switch (mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			case "auto" -> embeddedDefault;
			default -> throw new IllegalArgumentException(
					"chengguan.demo-data must be true, false or auto, was '" + mode + "'");
		};
	}

	@Override
	public String toString() {
		return "DemoData[enabled=" + enabled + "]";
	}
}
