package org.chengguan.identity.security;

import org.chengguan.identity.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request signed in by a bearer token: the {@link Actor} is the principal, the token's SHA-256 the credentials
 * (so signing out can revoke exactly this token), and each role an authority {@code ROLE_<name>}.
 */
public final class ActorAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final byte[] tokenHash;

	public ActorAuthentication(Actor actor, byte[] tokenHash) {
		super(actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
		this.actor = actor;
		this.tokenHash = tokenHash.clone();
		setAuthenticated(true);
	}

	@Override
	public Actor getPrincipal() {
		return actor;
	}

	/** The SHA-256 of the bearer token presented. */
	@Override
	public byte[] getCredentials() {
		return tokenHash.clone();
	}

	@Override
	public String getName() {
		return actor.username();
	}
}
