package org.chengguan.identity.internal;

/** Where a request came from, as the audit records it. */
public record Client(String remoteAddress, String userAgent) {

	private static final int MAX_USER_AGENT = 300;

	public Client {
		userAgent = userAgent == null || userAgent.length() <= MAX_USER_AGENT ? userAgent
				: userAgent.substring(0, MAX_USER_AGENT);
	}

	public static Client unknown() {
		return new Client(null, null);
	}
}
