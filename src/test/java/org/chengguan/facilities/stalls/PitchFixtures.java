package org.chengguan.facilities.stalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.chengguan.Api;
import org.chengguan.TestUsers;
import org.chengguan.identity.Actor;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * What the pitch application tests share: stall areas imported over HTTP by an administrator (each test its own, codes
 * {@code T5PA-…}, at the city centre in 翠峰社区 of 相南街道), and the people: vendors (citizens), officers of the
 * street, of another community of it and of another street, and a member of staff of another role.
 */
public final class PitchFixtures {

	/** 相南街道, the street of every area these tests make. */
	public static final String STREET = "340603001";

	/** 翠峰社区, the community at the city centre. */
	public static final String COMMUNITY = "340603001006";

	/** 东街道: another street of the same district. */
	public static final String OTHER_STREET = "340603002";

	static final String HEADER = "code,name,type,lat,lon,crs,address,hours,features,contact,capacity,fee,government_lot,"
			+ "sharing_hours,pitches,goods,ports\n";

	public static final NewUser VENDOR = NewUser.citizen("t-pitch-vendor", "测试摊贩甲", TestUsers.PASSWORD, null);

	public static final NewUser VENDOR_2 = NewUser.citizen("t-pitch-vendor-2", "测试摊贩乙", TestUsers.PASSWORD, null);

	/** A third vendor, for races of three. */
	public static final NewUser VENDOR_3 = NewUser.citizen("t-pitch-vendor-3", "测试摊贩戊", TestUsers.PASSWORD, null);

	/** An officer of the centre's community: decides for every area of its street. */
	public static final NewUser OFFICER = NewUser.staff("t-pitch-officer", "测试城管队员", TestUsers.PASSWORD, COMMUNITY,
			Role.OFFICER);

	/** An officer of the street itself. */
	public static final NewUser STREET_OFFICER = NewUser.staff("t-pitch-street-officer", "测试街道队员", TestUsers.PASSWORD,
			STREET, Role.OFFICER);

	/** An officer of another street: decides nothing here. */
	public static final NewUser OTHER_OFFICER = NewUser.staff("t-pitch-other-officer", "测试东街道队员", TestUsers.PASSWORD,
			OTHER_STREET, Role.OFFICER);

	/** A shift leader of the very street: the right scope, the wrong role. */
	public static final NewUser SHIFT_LEADER = NewUser.staff("t-pitch-shift-leader", "测试值班长", TestUsers.PASSWORD,
			STREET, Role.SHIFT_LEADER);

	private static final AtomicInteger areas = new AtomicInteger();

	/** The vendors known to be registered and verified in this JVM (the database is shared by all tests). */
	private static final java.util.Set<String> verified = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final ApplicationContext context;

	private final TestUsers users;

	private final Api api;

	public PitchFixtures(ApplicationContext context, int port) {
		this.context = context;
		this.users = new TestUsers(context);
		this.api = new Api(port);
	}

	/** An officer of another community of the same street (not the centre's). */
	public NewUser neighbourOfficer() {
		String community = context.getBean(RegionDirectory.class).children(STREET).stream().map(Region::code)
			.filter(code -> code.length() == 12 && !code.equals(COMMUNITY))
			.findFirst()
			.orElseThrow();
		return NewUser.staff("t-pitch-neighbour-officer", "测试邻社区队员", TestUsers.PASSWORD, community, Role.OFFICER);
	}

	public Actor actor(NewUser user) {
		return users.ensure(user);
	}

	/** An API client signed in as the user (created first if need be). */
	public Api as(NewUser user) {
		return api.as(users.token(user));
	}

	public Api anonymous() {
		return api;
	}

	/**
	 * A new stall area of the type at the city centre, open every day unless {@code hours} says otherwise; answers its
	 * id, checked to lie in {@link #STREET}.
	 */
	public long area(String type, int pitches, String hours, String goods) {
		int n = areas.incrementAndGet();
		String name = "测试摊位区" + n + "号" + System.nanoTime() % 100_000;
		String row = String.join(",", "T5PA-" + n + "-" + System.nanoTime(), name, type, "33.9551", "116.7981", "",
				"相山区测试摊位路" + n + "号", "\"" + hours + "\"", "", "", "", "", "", "", Integer.toString(pitches), goods, "");
		var imported = api.as(users.admin()).post("/api/v1/facilities/import", "text/csv", HEADER + row + "\n");
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		JsonNode found = api.get("/api/v1/facilities?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&limit=2")
			.json();
		assertThat(found.get("count").asInt()).as("areas named " + name).isEqualTo(1);
		JsonNode area = found.get("items").get(0);
		assertThat(area.get("streetCode").asString()).isEqualTo(STREET);
		return area.get("id").asLong();
	}

	/**
	 * A valid ID card number of the user: region 340603, a birth date and sequence drawn from the username (so each
	 * test user has its own), and the check digit.
	 */
	public static String idNumber(String username) {
		var crc = new java.util.zip.CRC32();
		crc.update(username.getBytes(StandardCharsets.UTF_8));
		long h = crc.getValue();
		String first17 = "340603" + LocalDate.of(1960, 1, 1).plusDays(h % 15_000).toString().replace("-", "")
				+ "%03d".formatted(h / 15_000 % 1000);
		return first17 + IdCardNumber.checkDigit(first17);
	}

	/** A vendor registration's body for the user, in {@link #STREET}. */
	public static String registration(NewUser vendor) {
		return """
				{"name": "%s", "phone": "139 0013 9000", "idNumber": "%s", "goods": ["蔬菜", "水果"], "streetCode": "%s"}
				""".formatted(vendor.displayName(), idNumber(vendor.username()), STREET);
	}

	/**
	 * Makes the citizen a verified vendor (摊贩登记, verified by an officer of the street) unless they are one
	 * already: a pitch application needs it.
	 */
	public void verifiedVendor(NewUser vendor) {
		if (verified.contains(vendor.username())) {
			return;
		}
		Api me = as(vendor);
		var mine = me.get("/api/v1/vendors/me");
		if (mine.status() == 404) {
			mine = me.put("/api/v1/vendors/me", "application/json", registration(vendor));
			assertThat(mine.status()).as(mine.body()).isEqualTo(200);
		}
		if (!"VERIFIED".equals(mine.json().get("state").asString())) {
			var verify = as(STREET_OFFICER).post("/api/v1/vendors/" + mine.json().get("id").asLong() + "/verify", "");
			assertThat(verify.status()).as(verify.body()).isEqualTo(200);
		}
		verified.add(vendor.username());
	}

	/** Makes {@link #VENDOR}, {@link #VENDOR_2} and {@link #VENDOR_3} verified vendors. */
	public void verifiedVendors() {
		verifiedVendor(VENDOR);
		verifiedVendor(VENDOR_2);
		verifiedVendor(VENDOR_3);
	}

	/** A temporary stall area open every morning and evening, with the demo data's goods. */
	public long stallArea(int pitches) {
		return area("STALL_AREA", pitches, "06:00-09:00,17:00-22:00", "蔬菜|水果|小吃|日用百货");
	}

	/** Today in the city (Asia/Shanghai), as the rules count days. */
	public static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
	}

	/** An application's body: the goods, the days from today ({@code from}–{@code to}), a phone. */
	public static String body(String goods, int from, int to, Integer preferredPitch) {
		return """
				{"goods": [%s], "from": "%s", "to": "%s", "preferredPitch": %s, "contactPhone": "138-0013-8000"}
				""".formatted(goods, today().plusDays(from), today().plusDays(to), preferredPitch);
	}

	/** Applies as the vendor; answers the new application's id, asserting it was accepted. */
	public long apply(NewUser vendor, long area, int from, int to, Integer preferredPitch) {
		var response = as(vendor).post("/api/v1/facilities/" + area + "/pitch-applications",
				body("\"蔬菜\"", from, to, preferredPitch));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}
}
