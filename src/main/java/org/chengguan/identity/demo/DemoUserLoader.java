package org.chengguan.identity.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.identity.internal.UserAccounts;
import org.chengguan.identity.internal.UserRegistration;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.DemoData;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.regions.Location;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.RegionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users (演示账号) with the demo data, after the regions' demo geography (hence {@code @Order(10)}):
 * one per role scoped so that together they can take a case reported at the city centre through its whole lifecycle,
 * and a second set scoped elsewhere to try refusals. Scopes are found by locating the centre, not written down,
 * because the geography below the streets is generated. Idempotent: users that exist are left as they are.
 */
@Component
@Order(10)
public class DemoUserLoader implements ApplicationRunner {

	/** The city centre (市中心), 33.955 N 116.798 E. */
	public static final GeoPoint CITY_CENTRE = new GeoPoint(33.955, 116.798);

	private static final Logger log = LoggerFactory.getLogger(DemoUserLoader.class);

	private final DemoData demoData;

	private final RegionDirectory regions;

	private final UserRegistration registration;

	private final UserAccounts accounts;

	DemoUserLoader(DemoData demoData, RegionDirectory regions, UserRegistration registration, UserAccounts accounts) {
		this.demoData = demoData;
		this.regions = regions;
		this.registration = registration;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoData.enabled()) {
			return;
		}
		try {
			loadIfAbsent();
		}
		catch (IllegalStateException e) {
			log.warn("No demo users: {}", e.getMessage());
		}
	}

	/**
	 * Creates the demo users that do not exist yet; returns the names created.
	 *
	 * @throws IllegalStateException if the demo geography is missing (the city centre lies in no community)
	 */
	public synchronized List<String> loadIfAbsent() {
		var created = new ArrayList<String>();
		for (NewUser user : plan()) {
			if (accounts.byUsername(user.username()).isPresent()) {
				continue;
			}
			try {
				registration.register(user, true);
				created.add(user.username());
			}
			catch (ConflictException | InvalidInputException e) {
				log.warn("Demo user {} not created: {}", user.username(), e.getMessage());
			}
		}
		if (!created.isEmpty()) {
			log.info("Created {} demo users (password '{}'): {}", created.size(), DemoUsers.PASSWORD, created);
		}
		return created;
	}

	/** The demo users, scoped by where the city centre lies. */
	List<NewUser> plan() {
		Location centre = regions.locate(CITY_CENTRE)
			.orElseThrow(() -> new IllegalStateException("The city centre " + CITY_CENTRE + " lies in no region: the "
					+ "demo geography is not loaded, so the demo users have nothing to be scoped to."));
		Region community = centre.community()
			.orElseThrow(() -> new IllegalStateException("The city centre lies in no community; demo users need one."));
		String street = centre.street().code();
		String district = centre.district().code();
		String city = centre.district().parentCode();
		Region otherStreet = regions.children(district).stream()
			.filter(s -> !s.code().equals(street) && !communities(s.code()).isEmpty())
			.min(Comparator.comparing(Region::code))
			.orElseThrow(() -> new IllegalStateException("District " + district + " has no second street with communities."));
		Region otherCommunity = communities(otherStreet.code()).get(0);
		String otherDistrict = existingOr("340604", city, district);
		String countyForLeader = existingOr("340621", city, district);
		String p = DemoUsers.PASSWORD;
		return List.of(
				NewUser.citizen("citizen", "演示市民", p, "13800000001"),
				NewUser.staff("inspector", "演示网格员", p, community.code(), Role.INSPECTOR).withGrids(grids(community.code())),
				NewUser.staff("operator", "演示受理员", p, district, Role.OPERATOR),
				NewUser.staff("shift-leader", "演示值班长", p, street, Role.SHIFT_LEADER),
				NewUser.staff("dispatcher", "演示派遣员", p, district, Role.DISPATCHER),
				NewUser.staff("handler", "演示环卫处处置员", p, city, Role.HANDLER).withDepartment("SANITATION"),
				NewUser.staff("officer", "演示社区城管队员", p, community.code(), Role.OFFICER),
				NewUser.staff("leader", "演示领导", p, city, Role.LEADER),
				NewUser.staff("admin", "演示系统管理员", p, city, Role.ADMIN),
				NewUser.citizen("citizen-2", "演示市民二", p, "13800000002"),
				NewUser.staff("inspector-2", "演示网格员二", p, otherCommunity.code(), Role.INSPECTOR)
					.withGrids(grids(otherCommunity.code())),
				NewUser.staff("officer-2", "演示社区城管队员二", p, otherCommunity.code(), Role.OFFICER),
				NewUser.staff("shift-leader-2", "演示值班长二", p, otherStreet.code(), Role.SHIFT_LEADER),
				NewUser.staff("operator-2", "演示受理员二", p, otherDistrict, Role.OPERATOR),
				NewUser.staff("dispatcher-2", "演示派遣员二", p, otherDistrict, Role.DISPATCHER),
				NewUser.staff("handler-2", "演示园林处处置员", p, city, Role.HANDLER).withDepartment("LANDSCAPE"),
				NewUser.staff("leader-2", "演示领导二", p, countyForLeader, Role.LEADER));
	}

	private List<Region> communities(String streetCode) {
		return regions.children(streetCode).stream()
			.filter(r -> r.level() == RegionLevel.COMMUNITY)
			.sorted(Comparator.comparing(Region::code))
			.toList();
	}

	private Set<String> grids(String communityCode) {
		return regions.children(communityCode).stream()
			.filter(r -> r.level() == RegionLevel.GRID)
			.map(Region::code)
			.collect(Collectors.toSet());
	}

	/** The preferred district if it exists and is not {@code avoid}, else the first other district of the city. */
	private String existingOr(String preferred, String city, String avoid) {
		if (!preferred.equals(avoid) && regions.region(preferred).isPresent()) {
			return preferred;
		}
		return regions.children(city).stream()
			.map(Region::code)
			.filter(code -> !code.equals(avoid))
			.sorted()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The city " + city + " has only one district."));
	}
}
