package org.chengguan.identity.internal;

import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.regions.RegionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder(IdentityProperties properties) {
		return new BCryptPasswordEncoder(properties.passwordStrength());
	}

	@Bean
	NewUserPolicy newUserPolicy(RegionDirectory regions, CatalogueManagement catalogue) {
		return new NewUserPolicy(regions::region, code -> catalogue.department(code).isPresent());
	}

	@Bean
	LockoutPolicy lockoutPolicy(IdentityProperties properties) {
		return LockoutPolicy.of(properties.lockout());
	}

	@Bean
	OneTimeCodePolicy oneTimeCodePolicy(IdentityProperties properties) {
		return OneTimeCodePolicy.of(properties.oneTimeCode());
	}
}
