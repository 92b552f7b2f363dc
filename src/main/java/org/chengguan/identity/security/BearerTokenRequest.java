package org.chengguan.identity.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A bearer token as presented, before {@link BearerTokenAuthenticationProvider} has checked it. */
final class BearerTokenRequest extends AbstractAuthenticationToken {

	private final String token;

	BearerTokenRequest(String token) {
		super(List.of());
		this.token = token;
	}

	@Override
	public String getCredentials() {
		return token;
	}

	@Override
	public Object getPrincipal() {
		return null;
	}
}
