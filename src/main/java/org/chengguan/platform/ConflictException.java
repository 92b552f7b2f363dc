package org.chengguan.platform;

import java.util.Map;

/**
 * The request conflicts with the current state (a transition not allowed in this state, a stale version): a 409
 * problem. {@code current} is added to the problem so the client can see the state it lost to.
 */
public class ConflictException extends RuntimeException {

	private final transient Map<String, Object> properties;

	public ConflictException(String message, Map<String, Object> properties) {
		super(message);
		this.properties = Map.copyOf(properties);
	}

	public ConflictException(String message) {
		this(message, Map.of());
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
