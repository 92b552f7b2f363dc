package org.chengguan.identity.security;

import org.chengguan.identity.internal.AccessTokens;
import org.chengguan.identity.internal.AccountLockedException;
import org.chengguan.identity.internal.Client;
import org.chengguan.identity.internal.PasswordSignIn;
import org.chengguan.identity.internal.SignedIn;
import org.chengguan.platform.UnauthenticatedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The staff sign-in form goes through the same {@link PasswordSignIn} as the API: the same lockout and the same
 * audit. The session then holds the actor and the hash of the token issued, which signing out revokes.
 */
final class PagePasswordAuthentication implements AuthenticationProvider {

	private final PasswordSignIn signIn;

	PagePasswordAuthentication(PasswordSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		try {
			SignedIn signedIn = signIn.signIn(username, password, new Client(address, "browser"));
			return new ActorAuthentication(signedIn.account().actor(), AccessTokens.hash(signedIn.token().token()));
		}
		catch (AccountLockedException e) {
			throw new LockedException(e.getMessage());
		}
		catch (UnauthenticatedException e) {
			throw new BadCredentialsException(e.getMessage());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
