package org.chengguan.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.chengguan.Api;
import org.chengguan.TestUsers;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Users and merchants for the commerce tests. Merchants stand on their own spots of 相山区's 东街道 area, north-east
 * of the city centre where other tests report, each more than 50 m from the others; licence numbers are unique per JVM.
 */
public final class CommerceFixtures {

	/** A point of the urban core the commerce tests place their merchants around. */
	public static final GeoPoint BASE = new GeoPoint(33.9690, 116.8120);

	private static final AtomicInteger spots = new AtomicInteger();

	private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

	private final ApplicationContext context;

	private final TestUsers users;

	private final Api api;

	private final Location base;

	public CommerceFixtures(ApplicationContext context, int port) {
		this.context = context;
		this.users = new TestUsers(context);
		this.api = new Api(port);
		users.admin();
		this.base = context.getBean(RegionDirectory.class).locate(BASE).orElseThrow();
	}

	/** The street of the spots: the test staff's scope. */
	public String street() {
		return base.street().code();
	}

	/** An officer (社区城管队员) of the spots' street. */
	public NewUser officer() {
		return NewUser.staff("t-com-officer", "测试商户队员", TestUsers.PASSWORD, street(), Role.OFFICER);
	}

	/** An inspector (网格员) of the spots' street, with the base point's grid: records visits and opens cases. */
	public NewUser inspector() {
		return NewUser.staff("t-com-inspector", "测试联合检查员", TestUsers.PASSWORD, street(), Role.INSPECTOR)
			.withGrids(Set.of(base.grid().orElseThrow().code()));
	}

	/** An officer of another district (烈山区), outside the spots. */
	public NewUser stranger() {
		return NewUser.staff("t-com-officer-far", "测试外区队员", TestUsers.PASSWORD, "340604", Role.OFFICER);
	}

	public NewUser leader() {
		return NewUser.staff("t-com-leader", "测试商户领导", TestUsers.PASSWORD, "3406", Role.LEADER);
	}

	public static NewUser owner() {
		return NewUser.citizen("t-com-owner", "测试店主", TestUsers.PASSWORD, "13700009901");
	}

	public Api as(NewUser user) {
		return api.as(users.token(user));
	}

	public Api anonymous() {
		return api;
	}

	public String userName(NewUser user) {
		return users.ensure(user).username();
	}

	public long userId(NewUser user) {
		return users.ensure(user).userId();
	}

	/** A spot of its own in the base's street. */
	public GeoPoint spot() {
		int n = spots.incrementAndGet();
		// more than 50 m apart, the cases' duplicate radius: a case about one shop must not be linked to its neighbour's
		GeoPoint p = new GeoPoint(BASE.lat() + (n % 10) * 0.0006, BASE.lon() + (n / 10) * 0.0007);
		assertThat(context.getBean(RegionDirectory.class).locate(p).orElseThrow().street().code()).isEqualTo(street());
		return p;
	}

	public static String licence() {
		return "91340603" + RUN + String.format("%04d", spots.incrementAndGet());
	}

	/** The JSON of a new merchant at the point, owned by the user (may be null). */
	public static String merchantJson(String name, String licence, GeoPoint at, Long ownerUserId) {
		return """
				{"name":"%s","licenceNumber":"%s","businessCategory":"餐饮","ownerName":"王小明","ownerPhone":"13912345678",
				 "ownerIdNumber":"340603199001011234","ownerUserId":%s,"address":"淮北市相山区测试路%d号","lat":%s,"lon":%s,
				 "frontage":"东至隔壁店门，西至路口，进深 5 米","frontageMetres":12}"""
			.formatted(name, licence, ownerUserId, spots.get(), at.lat(), at.lon());
	}

	/** Registers a merchant as the officer and answers its record. */
	public JsonNode merchant(String name, Long ownerUserId) {
		var created = as(officer()).post("/api/v1/merchants", merchantJson(name, licence(), spot(), ownerUserId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}
}
