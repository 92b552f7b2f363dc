package org.chengguan.cases.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The workbench's maps read the same keys as every other map of the platform (application.yml's chengguan.map). */
class MapSettingsTests {

	@Test
	void bindsTheTileUrlAndItsAttributionFromTheSharedKeys() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("chengguan.map.tile-url",
				"https://tile.openstreetmap.org/{z}/{x}/{y}.png", "chengguan.map.tile-attribution", "© OpenStreetMap")));
		MapSettings map = binder.bind("chengguan.map", MapSettings.class).get();
		assertThat(map.tileUrl()).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
		assertThat(map.tileAttribution()).isEqualTo("© OpenStreetMap");
	}
}
