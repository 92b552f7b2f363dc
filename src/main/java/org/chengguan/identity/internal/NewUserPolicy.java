package org.chengguan.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.chengguan.identity.NewUser;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.identity.Role;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionLevel;

/**
 * What a new account must satisfy: staff have a scope (管辖范围) that exists, handlers a department that exists,
 * inspectors grids inside their scope; citizens have none of these. Returns every reason at once.
 */
public class NewUserPolicy {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

	static final int MIN_PASSWORD = 8;

	static final int MAX_PASSWORD_BYTES = 72;

	private final Function<String, Optional<Region>> regions;

	private final Predicate<String> departmentExists;

	public NewUserPolicy(Function<String, Optional<Region>> regions, Predicate<String> departmentExists) {
		this.regions = regions;
		this.departmentExists = departmentExists;
	}

	/** Every reason the (normalised) user cannot be created; empty when it can. */
	public List<String> rejections(NewUser user) {
		var errors = new ArrayList<String>();
		if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
			errors.add("username: 2–40 lower case letters, digits and dashes, starting with a letter or digit; was '"
					+ user.username() + "'");
		}
		if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 100) {
			errors.add("displayName: required, at most 100 characters");
		}
		if (user.phone() != null && PhoneNumber.parse(user.phone()).isEmpty()) {
			errors.add("phone: a mainland mobile number of 11 digits (1[3-9]xxxxxxxxx); was '" + user.phone() + "'");
		}
		password(user, errors);
		if (user.roles().isEmpty()) {
			errors.add("roles: at least one of " + List.of(Role.values()));
		}
		else if (user.roles().contains(Role.CITIZEN)) {
			citizen(user, errors);
		}
		else {
			staff(user, errors);
		}
		return errors;
	}

	private static void password(NewUser user, List<String> errors) {
		boolean staff = user.roles().stream().anyMatch(Role::isStaff);
		if (user.password() == null) {
			if (staff) {
				errors.add("password: staff sign in by password, so one is required");
			}
			else if (user.phone() == null) {
				errors.add("password: required unless the citizen has a phone to sign in with");
			}
			return;
		}
		if (user.password().length() < MIN_PASSWORD) {
			errors.add("password: at least " + MIN_PASSWORD + " characters");
		}
		if (user.password().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			errors.add("password: at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
		}
	}

	private static void citizen(NewUser user, List<String> errors) {
		if (user.roles().size() > 1) {
			errors.add("roles: CITIZEN cannot be combined with staff roles; staff report under their own role");
		}
		if (user.scopeRegionCode() != null) {
			errors.add("scope: citizens have no region scope");
		}
		if (user.departmentCode() != null) {
			errors.add("department: citizens belong to no department");
		}
		if (!user.gridCodes().isEmpty()) {
			errors.add("grids: only inspectors have grids");
		}
	}

	private void staff(NewUser user, List<String> errors) {
		String scope = user.scopeRegionCode();
		Optional<Region> scopeRegion = Optional.empty();
		if (scope == null) {
			errors.add("scope: staff need a region scope (a city, district, street or community code)");
		}
		else {
			scopeRegion = regions.apply(scope);
			if (scopeRegion.isEmpty()) {
				errors.add("scope: no region has the code '" + scope + "'");
			}
			else if (scopeRegion.get().level() == RegionLevel.GRID) {
				errors.add("scope: " + scope + " is a unit grid; a scope is a city, district, street or community");
			}
		}
		department(user, errors);
		grids(user, scope, scopeRegion.isPresent(), errors);
	}

	private void department(NewUser user, List<String> errors) {
		if (user.departmentCode() == null) {
			if (user.roles().contains(Role.HANDLER)) {
				errors.add("department: a HANDLER (专业部门处置人员) works for a department; give its catalogue code");
			}
		}
		else if (!departmentExists.test(user.departmentCode())) {
			errors.add("department: no department has the code '" + user.departmentCode() + "'");
		}
	}

	private void grids(NewUser user, String scope, boolean scopeExists, List<String> errors) {
		if (!user.roles().contains(Role.INSPECTOR)) {
			if (!user.gridCodes().isEmpty()) {
				errors.add("grids: only inspectors (INSPECTOR) have grids");
			}
			return;
		}
		if (user.gridCodes().isEmpty()) {
			errors.add("grids: an INSPECTOR (网格员) patrols at least one unit grid");
		}
		for (String grid : user.gridCodes().stream().sorted().toList()) {
			Optional<Region> region = regions.apply(grid);
			if (region.isEmpty() || region.get().level() != RegionLevel.GRID) {
				errors.add("grids: no unit grid has the code '" + grid + "'");
			}
			else if (scopeExists && !grid.startsWith(scope)) {
				errors.add("grids: grid " + grid + " lies outside the scope " + scope);
			}
		}
	}
}
