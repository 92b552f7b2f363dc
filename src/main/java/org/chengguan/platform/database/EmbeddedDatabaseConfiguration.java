package org.chengguan.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the platform runs on its own embedded PostgreSQL so that one command
 * starts it on a fresh machine; with a URL, Boot's usual DataSource applies and none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabaseServer embeddedDatabaseServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedDatabaseServer.start(properties);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedDatabaseServer server) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/** Lets other beans tell whether they run on the embedded default (the demo data loads only there). */
	@Bean
	EmbeddedDefaultDatabase embeddedDefaultDatabase(EmbeddedDatabaseServer server, DataSource dataSource) {
		return new EmbeddedDefaultDatabase(server.port());
	}
}
