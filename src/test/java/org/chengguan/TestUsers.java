package org.chengguan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.identity.UserAdministration;
import org.chengguan.regions.demo.DemoDataLoader;
import org.springframework.context.ApplicationContext;

/**
 * Users for full-stack tests, created through the identity module's API and signed in over HTTP. Their names start
 * with {@code t-} so they never meet the demo users in the database all tests share. Staff scopes lie in the demo
 * geography, which is loaded on first use.
 */
public final class TestUsers {

	public static final String PASSWORD = "t-pass-2026";

	/** Administrator of the whole city (3406). */
	public static final NewUser ADMIN = NewUser.staff("t-admin", "测试管理员", PASSWORD, "3406", Role.ADMIN);

	/** An operator (受理员) of 相山区 (340603), for refusals of admin-only endpoints. */
	public static final NewUser OPERATOR = NewUser.staff("t-operator", "测试受理员", PASSWORD, "340603", Role.OPERATOR);

	private static final Map<String, String> tokens = new ConcurrentHashMap<>();

	private final ApplicationContext context;

	private final Api api;

	public TestUsers(ApplicationContext context) {
		this.context = context;
		this.api = new Api(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
	}

	/** A token of {@link #ADMIN}. */
	public String admin() {
		return token(ADMIN);
	}

	/** A token of the user, created first if need be; shared between tests, so do not sign it out. */
	public String token(NewUser user) {
		ensure(user);
		return tokens.computeIfAbsent(user.username(), name -> signIn(name, user.password()));
	}

	/** The user, created if no user has its name yet. */
	public Actor ensure(NewUser user) {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		var actors = context.getBean(Actors.class);
		return actors.byUsername(user.username())
			.orElseGet(() -> context.getBean(UserAdministration.class).create(user));
	}

	/** A fresh token from {@code POST /api/v1/auth/token}. */
	public String signIn(String username, String password) {
		var response = api.post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("token").asString();
	}
}
