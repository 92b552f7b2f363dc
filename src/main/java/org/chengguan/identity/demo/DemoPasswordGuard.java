package org.chengguan.identity.demo;

import java.util.List;

import org.chengguan.identity.internal.UserAccount;
import org.chengguan.identity.internal.UserAccounts;
import org.chengguan.platform.DemoData;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a server without demo data (a production start) while an active account can still sign in with
 * the published demo password. Runs once every bean exists and before the server listens. Only accounts flagged as
 * demo or named like a demo user are checked: bcrypt is slow by design.
 */
@Component
public class DemoPasswordGuard implements SmartInitializingSingleton {

	private final DemoData demoData;

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	public DemoPasswordGuard(DemoData demoData, UserAccounts accounts, PasswordEncoder encoder) {
		this.demoData = demoData;
		this.accounts = accounts;
		this.encoder = encoder;
	}

	@Override
	public void afterSingletonsInstantiated() {
		check();
	}

	/** @throws IllegalStateException naming the accounts, when the demo data is off and any has the demo password */
	public void check() {
		if (demoData.enabled()) {
			return;
		}
		List<String> exposed = accounts.activeDemoCandidates(DemoUsers.NAMES).stream()
			.filter(a -> a.passwordHash() != null && encoder.matches(DemoUsers.PASSWORD, a.passwordHash()))
			.map(UserAccount::username)
			.sorted()
			.toList();
		if (!exposed.isEmpty()) {
			throw new IllegalStateException("Refusing to start: the demo data is off (chengguan.demo-data), but the "
					+ "active accounts " + exposed + " still sign in with the published demo password '"
					+ DemoUsers.PASSWORD + "'. Deactivate them (SQL: UPDATE identity.user_account SET active = false "
					+ "WHERE demo;) or give them new passwords, or start with chengguan.demo-data=true if this is a demo.");
		}
	}
}
