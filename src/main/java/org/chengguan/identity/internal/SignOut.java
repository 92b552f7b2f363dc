package org.chengguan.identity.internal;

import org.chengguan.identity.Actor;
import org.springframework.stereotype.Service;

/** Signing out (退出登录): the token presented is revoked at once and for good. */
@Service
public class SignOut {

	private final AccessTokens tokens;

	private final SignInAudit audit;

	SignOut(AccessTokens tokens, SignInAudit audit) {
		this.tokens = tokens;
		this.audit = audit;
	}

	public void signOut(byte[] tokenHash, Actor actor, Client client) {
		if (tokens.revoke(tokenHash)) {
			audit.record(SignInMethod.TOKEN, SignInOutcome.SIGNED_OUT, actor.username(), null, actor.userId(), client,
					null);
		}
	}
}
