package org.chengguan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * 城管进社区平台 — the community city-management platform. Each direct sub-package is a Spring Modulith
 * application module (see docs/ARCHITECTURE.md for the module map).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChengguanApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChengguanApplication.class, args);
	}
}
