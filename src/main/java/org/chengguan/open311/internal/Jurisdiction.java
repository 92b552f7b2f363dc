package org.chengguan.open311.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The jurisdiction this endpoint serves: the city's, configured. A request may leave jurisdiction_id out (the spec
 * makes it optional for an endpoint of one jurisdiction); naming another is a 404.
 */
@Component
public class Jurisdiction {

	private final Open311Properties properties;

	Jurisdiction(Open311Properties properties) {
		this.properties = properties;
	}

	/** @throws Open311Exception 404 when the parameters name another jurisdiction */
	public void check(Map<String, String[]> parameters) {
		String given = Parameters.value(parameters, "jurisdiction_id");
		if (given != null && !given.equalsIgnoreCase(properties.jurisdictionId())) {
			throw Open311Exception.notFound("jurisdiction_id '" + given + "' not found: this endpoint serves '"
					+ properties.jurisdictionId() + "' only");
		}
	}

	public Open311Properties properties() {
		return properties;
	}
}
