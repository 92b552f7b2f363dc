package org.chengguan.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.identity.NewUser;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates accounts: staff and citizens from {@link NewUser}, and citizens on their first sign-in by phone. */
@Service
public class UserRegistration {

	private final UserAccounts accounts;

	private final NewUserPolicy policy;

	private final PasswordEncoder encoder;

	private final Clock clock;

	UserRegistration(UserAccounts accounts, NewUserPolicy policy, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.clock = clock;
	}

	/**
	 * Creates the account after checking it.
	 *
	 * @param demo whether it belongs to the generated demo data
	 * @throws InvalidInputException listing every reason the user cannot be created
	 * @throws ConflictException if the username or phone is taken
	 */
	public UserAccount register(NewUser requested, boolean demo) {
		NewUser user = normalise(requested);
		List<String> errors = policy.rejections(user);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The user was not created: " + String.join("; ", errors), errors);
		}
		if (accounts.byUsername(user.username()).isPresent()) {
			throw new ConflictException("The username '" + user.username() + "' is taken.");
		}
		if (user.phone() != null && accounts.byPhone(user.phone()).isPresent()) {
			throw new ConflictException("The phone " + PhoneNumber.mask(user.phone()) + " belongs to another account.");
		}
		String hash = user.password() == null ? null : encoder.encode(user.password());
		return insert(accounts.nextId(), user.username(), user.displayName(), hash, user.phone(), user.roles(),
				user.scopeRegionCode(), user.departmentCode(), user.gridCodes(), demo);
	}

	/** A citizen account for a phone signing in for the first time, named {@code citizen.<id>}. */
	public UserAccount registerCitizen(PhoneNumber phone) {
		long id = accounts.nextId();
		return insert(id, "citizen." + id, "市民 " + phone.masked(), null, phone.value(), Set.of(Role.CITIZEN), null, null,
				Set.of(), false);
	}

	private UserAccount insert(long id, String username, String displayName, String passwordHash, String phone,
			Set<Role> roles, String scope, String department, Set<String> grids, boolean demo) {
		Instant now = clock.instant();
		var account = new UserAccount(id, username, displayName, passwordHash, phone, roles, scope, department, grids,
				true, demo, LoginState.CLEAR, now, now, 0);
		try {
			accounts.insert(account);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("The username '" + username + "' or the phone is taken.");
		}
		return account;
	}

	static NewUser normalise(NewUser user) {
		String phone = user.phone() == null || user.phone().isBlank() ? null
				: PhoneNumber.parse(user.phone()).map(PhoneNumber::value).orElse(user.phone());
		return new NewUser(lower(user.username()), blankToNull(user.displayName()), user.password(), phone,
				user.roles(), blankToNull(user.scopeRegionCode()),
				blankToNull(user.departmentCode()) == null ? null : user.departmentCode().strip().toUpperCase(Locale.ROOT),
				user.gridCodes().stream().filter(Objects::nonNull).map(String::strip).collect(Collectors.toSet()));
	}

	private static String lower(String text) {
		return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
