package org.chengguan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.PlatformTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Administrators add and change the officers disclosed; the public sees only the public fields. */
@PlatformTest
class OfficerEditingTests extends DisclosureApiSupport {

	/** 和平东社区 of 南黎街道 in the demo geography. */
	static final String COMMUNITY = "340603009001";

	@Test
	void anAddedOfficerShowsWithoutTheirPrivatePhoneUntilTheDutyMakesItPublic() {
		String phone = "1390009" + String.format("%04d", System.nanoTime() % 10_000);
		var added = admin.post("/api/v1/disclosure/" + COMMUNITY + "/officers", """
				{"name": "测试队员", "duty": "社区城管队员", "phone": "%s", "phonePublic": false, "position": 5}
				""".formatted(phone));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		long id = added.json().get("id").asLong();
		int version = added.json().get("version").asInt();
		assertThat(anonymous.get("/api/v1/disclosure/" + COMMUNITY).body()).contains("测试队员").doesNotContain(phone);

		var stale = admin.put("/api/v1/disclosure/officers/" + id, "application/json", """
				{"name": "测试队员", "duty": "值班队员", "phone": "%s", "phonePublic": true, "expectedVersion": %d}
				""".formatted(phone, version + 7));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(anonymous.get("/api/v1/disclosure/" + COMMUNITY).body()).doesNotContain(phone);

		var updated = admin.put("/api/v1/disclosure/officers/" + id, "application/json", """
				{"name": "测试队员", "duty": "值班队员，电话公开", "phone": "%s", "phonePublic": true, "expectedVersion": %d}
				""".formatted(phone, version));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(anonymous.get("/api/v1/disclosure/" + COMMUNITY).body()).contains(phone);

		var removed = admin.send("/api/v1/disclosure/officers/" + id + "?expectedVersion=" + (version + 1),
				b -> b.DELETE());
		assertThat(removed.status()).isEqualTo(204);
		assertThat(anonymous.get("/api/v1/disclosure/" + COMMUNITY).body()).doesNotContain("测试队员");
	}

	@Test
	void onlyAdministratorsChangeOfficersAndBadInputChangesNothing() {
		String before = anonymous.get("/api/v1/disclosure/" + COMMUNITY).body();
		String body = "{\"name\": \"冒名队员\", \"duty\": \"x\", \"phone\": \"13900000000\"}";
		assertThat(operator.post("/api/v1/disclosure/" + COMMUNITY + "/officers", body).status()).isEqualTo(403);
		assertThat(anonymous.post("/api/v1/disclosure/" + COMMUNITY + "/officers", body).status()).isEqualTo(401);
		assertThat(operator.get("/api/v1/disclosure/" + COMMUNITY + "/officers").status()).isEqualTo(403);
		var bad = admin.post("/api/v1/disclosure/" + COMMUNITY + "/officers",
				"{\"name\": \"\", \"duty\": \"x\", \"phone\": \"call me\", \"userId\": 999999}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();
		assertThat(bad.json().get("errors")).hasSize(3);
		assertThat(anonymous.get("/api/v1/disclosure/" + COMMUNITY).body()).isEqualTo(before);
	}

	@Test
	void aCommunitysSupervisionContactIsSetByAnAdministrator() {
		var set = admin.put("/api/v1/disclosure/" + COMMUNITY + "/supervision", "application/json",
				"{\"supervisionPhone\": \"0561-3999001\", \"complaintMethod\": \"到工作站当面反映。\"}");
		assertThat(set.status()).as(set.body()).isEqualTo(204);
		JsonNode community = anonymous.get("/api/v1/disclosure/" + COMMUNITY).json().get("community");
		assertThat(community.get("supervisionPhone").asString()).isEqualTo("0561-3999001");
		assertThat(community.get("complaintMethod").asString()).isEqualTo("到工作站当面反映。");
		assertThat(admin.put("/api/v1/disclosure/" + COMMUNITY + "/supervision", "application/json",
				"{\"supervisionPhone\": \"x\", \"complaintMethod\": \"\"}").status()).isEqualTo(400);
	}
}
