package org.chengguan.identity.web;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.identity.UserAdministration;
import org.chengguan.identity.internal.UserAccount;
import org.chengguan.identity.internal.UserAccounts;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.regions.RegionLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration (用户管理); the security rules admit administrators (ADMIN) only. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "identity")
class UserController {

	private final UserAdministration administration;

	private final UserAccounts accounts;

	private final Actors actors;

	private final Clock clock;

	UserController(UserAdministration administration, UserAccounts accounts, Actors actors, Clock clock) {
		this.administration = administration;
		this.accounts = accounts;
		this.actors = actors;
		this.clock = clock;
	}

	@Operation(summary = "Users by username, optionally with a role and within a region (their scope inside it)")
	@GetMapping
	PageResponse<UserResponse> list(@RequestParam(required = false) String role,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Actor viewer = actors.require();
		Role wanted = role == null || role.isBlank() ? null : parseRole(role);
		String within = region == null || region.isBlank() ? null : regionCode(region.strip());
		return PageResponse.of(accounts.find(wanted, within, page, size)
			.map(account -> UserResponse.of(account, viewer, clock.instant())));
	}

	@GetMapping("/{id}")
	UserResponse one(@PathVariable long id) {
		return view(id);
	}

	@Operation(summary = "Create a user (staff or citizen)",
			description = "Staff need a scope (city, district, street or community code) that exists; HANDLER a "
					+ "department; INSPECTOR grids inside the scope. Every problem is listed at once (400); a taken "
					+ "username or phone is a 409.")
	@PostMapping
	ResponseEntity<UserResponse> create(@RequestBody CreateUserRequest request) {
		Actor created = administration.create(request.toNewUser());
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.userId())).body(view(created.userId()));
	}

	@Operation(summary = "Lift a lockout and clear the count of failed sign-ins")
	@PostMapping("/{id}/unlock")
	UserResponse unlock(@PathVariable long id) {
		administration.unlock(id);
		return view(id);
	}

	@Operation(summary = "Deactivate a user: no more sign-ins, tokens revoked at once")
	@PostMapping("/{id}/deactivate")
	UserResponse deactivate(@PathVariable long id) {
		if (actors.require().userId() == id) {
			throw new ConflictException("Administrators cannot deactivate their own account.");
		}
		administration.deactivate(id);
		return view(id);
	}

	private UserResponse view(long id) {
		UserAccount account = accounts.byId(id)
			.orElseThrow(() -> new NotFoundException("No user has the id " + id + "."));
		return UserResponse.of(account, actors.require(), clock.instant());
	}

	static Role parseRole(String text) {
		try {
			return Role.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("role: '" + text + "' is not one of " + List.of(Role.values()));
		}
	}

	private static String regionCode(String text) {
		try {
			RegionLevel.ofCode(text);
			return text;
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("region: " + e.getMessage());
		}
	}

	/**
	 * @param roles role names, e.g. ["HANDLER"]
	 * @param scope a city, district, street or community code
	 * @param department a catalogue department code, e.g. SANITATION (环卫处)
	 * @param grids unit grid codes, for inspectors
	 */
	record CreateUserRequest(String username, String displayName, String password, String phone, List<String> roles,
			String scope, String department, List<String> grids) {

		NewUser toNewUser() {
			var errors = new ArrayList<String>();
			Set<Role> parsed = new HashSet<>();
			for (String name : roles == null ? List.<String>of() : roles) {
				try {
					parsed.add(parseRole(name == null ? "" : name));
				}
				catch (InvalidInputException e) {
					errors.add(e.getMessage());
				}
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException("The user was not created: " + String.join("; ", errors), errors);
			}
			return new NewUser(username, displayName, password, phone, parsed, scope, department,
					grids == null ? Set.of() : new HashSet<>(grids));
		}

		@Override
		public String toString() {
			return "CreateUserRequest[username=" + username + ", roles=" + roles + "]";
		}
	}
}
