package org.chengguan.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.identity.internal.AccessTokens;
import org.chengguan.identity.internal.CodeRequestedTooSoonException;
import org.chengguan.identity.internal.PhoneSignIn;
import org.chengguan.identity.internal.SignedIn;
import org.chengguan.identity.security.ActorAuthentication;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnauthenticatedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages. Staff sign in with the form Spring Security processes ({@code POST /login}); citizens with
 * their phone and a one-time code, through the same {@link PhoneSignIn} as the API (same limits, same audit).
 */
@Controller
class PageLoginController {

	private final PhoneSignIn phoneSignIn;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	/** Where the page chain keeps the page that sent the user to sign in (its default request cache). */
	private final RequestCache requests = new HttpSessionRequestCache();

	PageLoginController(PhoneSignIn phoneSignIn) {
		this.phoneSignIn = phoneSignIn;
	}

	@GetMapping("/login")
	String staff() {
		return "identity/login";
	}

	@GetMapping("/login/phone")
	String citizen() {
		return "identity/login-phone";
	}

	@PostMapping("/login/phone/code")
	String sendCode(@RequestParam String phone, HttpServletRequest request, Model model) {
		model.addAttribute("phone", phone);
		try {
			model.addAttribute("sentTo", phoneSignIn.requestCode(phone, Clients.of(request)).sentTo());
		}
		catch (CodeRequestedTooSoonException e) {
			model.addAttribute("error", "login.codeTooSoon");
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", "login.phoneInvalid");
		}
		return "identity/login-phone";
	}

	@PostMapping("/login/phone")
	String signIn(@RequestParam String phone, @RequestParam String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		SignedIn signedIn;
		try {
			signedIn = phoneSignIn.signIn(phone, code, Clients.of(request));
		}
		catch (UnauthenticatedException | InvalidInputException e) {
			model.addAttribute("phone", phone);
			model.addAttribute("sentTo", phone);
			model.addAttribute("error", "login.codeError");
			return "identity/login-phone";
		}
		request.changeSessionId(); // no session fixation: a signed-in session gets a new id
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ActorAuthentication(signedIn.account().actor(),
				AccessTokens.hash(signedIn.token().token())));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		// back to the page that asked to sign in (the staff form does the same), else the citizen's start page
		SavedRequest asked = requests.getRequest(request, response);
		return asked == null ? "redirect:/home" : "redirect:" + asked.getRedirectUrl();
	}
}
