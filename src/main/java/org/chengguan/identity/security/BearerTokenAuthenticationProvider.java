package org.chengguan.identity.security;

import java.time.Clock;

import org.chengguan.identity.internal.AccessTokens;
import org.chengguan.identity.internal.StoredToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a bearer token against the stored ones: it signs in as its account unless unknown, expired, revoked or the
 * account deactivated, each refused with a message saying which. Being an {@link AuthenticationProvider} bean it also
 * keeps Boot from creating its default user with a generated password.
 */
final class BearerTokenAuthenticationProvider implements AuthenticationProvider {

	/** Tokens are 43 characters; anything far longer is not worth a database look-up. */
	private static final int MAX_TOKEN_LENGTH = 200;

	private final AccessTokens tokens;

	private final Clock clock;

	BearerTokenAuthenticationProvider(AccessTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@Override
	public ActorAuthentication authenticate(Authentication authentication) throws AuthenticationException {
		String token = ((BearerTokenRequest) authentication).getCredentials();
		StoredToken stored = (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH ? null : tokens.find(token).orElse(null));
		if (stored == null) {
			throw new BadCredentialsException("The bearer token is not valid: this server did not issue it (or it was "
					+ "cut short); sign in again with POST /api/v1/auth/token.");
		}
		tokens.policy().rejection(stored, clock.instant()).ifPresent(reason -> {
			throw new BadCredentialsException(reason);
		});
		return new ActorAuthentication(stored.account().actor(), stored.hash());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerTokenRequest.class.isAssignableFrom(authentication);
	}
}
