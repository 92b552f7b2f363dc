package org.chengguan.identity.internal;

/** A successful sign-in: the token handed out and the account it signs in. */
public record SignedIn(IssuedToken token, UserAccount account) {
}
