package org.chengguan.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.chengguan.identity.internal.Client;
import org.springframework.http.HttpHeaders;

/** Reads the audit's view of the caller from a request. */
final class Clients {

	private Clients() {
	}

	static Client of(HttpServletRequest request) {
		return new Client(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
	}
}
