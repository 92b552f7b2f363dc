package org.chengguan.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.internal.PasswordSignIn;
import org.chengguan.identity.internal.PhoneSignIn;
import org.chengguan.identity.internal.SignOut;
import org.chengguan.identity.internal.SignedIn;
import org.chengguan.identity.internal.UserAccount;
import org.chengguan.identity.internal.UserAccounts;
import org.chengguan.identity.security.ActorAuthentication;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnauthenticatedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "identity", description = "身份与权限: sign-in, tokens, users, sign-in audit")
class AuthController {

	private final PasswordSignIn passwordSignIn;

	private final PhoneSignIn phoneSignIn;

	private final SignOut signOut;

	private final Actors actors;

	private final UserAccounts accounts;

	private final Clock clock;

	AuthController(PasswordSignIn passwordSignIn, PhoneSignIn phoneSignIn, SignOut signOut, Actors actors,
			UserAccounts accounts, Clock clock) {
		this.passwordSignIn = passwordSignIn;
		this.phoneSignIn = phoneSignIn;
		this.signOut = signOut;
		this.actors = actors;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Operation(summary = "Sign in: username and password, or (citizens) phone and one-time code",
			description = "Answers a bearer token to send as 'Authorization: Bearer <token>'. A wrong username or "
					+ "password is one 401 either way; 5 failures in a row lock the account for 15 minutes (423). A "
					+ "phone's first sign-in creates its citizen account.")
	@PostMapping("/token")
	TokenResponse token(@RequestBody TokenRequest request, HttpServletRequest http) {
		SignedIn signedIn;
		if (request.phone() != null || request.code() != null) {
			requireBoth("phone", request.phone(), "code", request.code());
			signedIn = phoneSignIn.signIn(request.phone(), request.code(), Clients.of(http));
		}
		else {
			requireBoth("username", request.username(), "password", request.password());
			signedIn = passwordSignIn.signIn(request.username(), request.password(), Clients.of(http));
		}
		UserAccount account = signedIn.account();
		return new TokenResponse(signedIn.token().token(), signedIn.token().expiresAt(),
				new SignedInUser(account.id(), account.username(), account.displayName(),
						account.roles().stream().map(Enum::name).toList(), account.scopeRegionCode(),
						account.departmentCode()));
	}

	@Operation(summary = "Send a one-time sign-in code to a mainland mobile phone",
			description = "6 digits, valid 5 minutes for 5 tries; one code per phone per 60 s (else 429 with Retry-After).")
	@PostMapping("/otp")
	@ResponseStatus(HttpStatus.ACCEPTED)
	PhoneSignIn.CodeSent otp(@RequestBody OtpRequest request, HttpServletRequest http) {
		return phoneSignIn.requestCode(request.phone(), Clients.of(http));
	}

	@Operation(summary = "Sign out: revoke the bearer token of this request")
	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(HttpServletRequest http) {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof ActorAuthentication authentication)) {
			throw new UnauthenticatedException("Sign-out needs the bearer token to revoke.");
		}
		signOut.signOut(authentication.getCredentials(), authentication.getPrincipal(), Clients.of(http));
	}

	@Operation(summary = "The signed-in user")
	@GetMapping("/me")
	UserResponse me() {
		Actor actor = actors.require();
		UserAccount account = accounts.byId(actor.userId())
			.orElseThrow(() -> new UnauthenticatedException("The signed-in account no longer exists."));
		return UserResponse.of(account, actor, clock.instant());
	}

	private static void requireBoth(String first, String firstValue, String second, String secondValue) {
		var errors = new ArrayList<String>();
		if (firstValue == null || firstValue.isBlank()) {
			errors.add(first + ": required with " + second);
		}
		if (secondValue == null || secondValue.isEmpty()) {
			errors.add(second + ": required with " + first);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Sign in with username and password, or with phone and code: "
					+ String.join("; ", errors), errors);
		}
	}

	/** Either username and password, or phone and code. */
	record TokenRequest(String username, String password, String phone, String code) {

		@Override
		public String toString() {
			return "TokenRequest[username=" + username + "]";
		}
	}

	record OtpRequest(String phone) {
	}

	record TokenResponse(String token, Instant expiresAt, SignedInUser user) {
	}

	record SignedInUser(long id, String username, String displayName, List<String> roles,
			@JsonInclude(JsonInclude.Include.ALWAYS) String scope,
			@JsonInclude(JsonInclude.Include.ALWAYS) String department) {
	}
}
