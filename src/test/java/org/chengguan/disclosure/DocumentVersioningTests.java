package org.chengguan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The documents' versions: drafts, publishing, concurrent saves, who may edit, and what a bad draft does. */
@PlatformTest
class DocumentVersioningTests extends DisclosureApiSupport {

	static final String BASE = "/api/v1/disclosure/documents/";

	@Test
	void aDraftIsInvisibleUntilPublishedAndThenReplacesTheOlderPublicVersion() {
		JsonNode before = anonymous.get(BASE + "handbook-street").json();
		int latest = latest("handbook-street");
		String title = "街道执法手册（修订 " + System.nanoTime() + "）";

		var saved = admin.post(BASE + "handbook-street/versions", draft(latest, title, "一、总则", "第一段。\n第二段。"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		assertThat(saved.json().get("status").asString()).isEqualTo("DRAFT");
		int draft = saved.json().get("version").asInt();
		assertThat(draft).isEqualTo(latest + 1);

		assertThat(anonymous.get(BASE + "handbook-street").json().get("version").asInt())
			.as("the public still sees the published version").isEqualTo(before.get("version").asInt());
		assertThat(anonymous.get(BASE + "handbook-street").body()).doesNotContain(title);
		assertThat(anonymous.get(BASE + "handbook-street/versions/" + draft).status())
			.as("drafts are not for the public").isEqualTo(401);

		var published = admin.post(BASE + "handbook-street/versions/" + draft + "/publish", "{}");
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		JsonNode now = anonymous.get(BASE + "handbook-street").json();
		assertThat(now.get("version").asInt()).isEqualTo(draft);
		assertThat(now.get("title").asString()).isEqualTo(title);
		assertThat(now.get("entries").get(0).get("text").asString()).isEqualTo("第一段。\n第二段。");

		var old = admin.get(BASE + "handbook-street/versions/" + before.get("version").asInt());
		assertThat(old.status()).isEqualTo(200);
		assertThat(old.json().get("status").asString()).isEqualTo("SUPERSEDED");
		assertThat(old.json().get("title").asString()).isEqualTo(before.get("title").asString());
		assertThat(admin.get(BASE + "handbook-street/versions").json().get(0).get("version").asInt()).isEqualTo(draft);
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefusedWithTheCurrentVersion() {
		int latest = latest("handbook-district");
		var first = admin.post(BASE + "handbook-district/versions", draft(latest, "甲的修改", "一、甲", "甲"));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		var second = admin.post(BASE + "handbook-district/versions", draft(latest, "乙的修改", "一、乙", "乙"));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.isProblem()).isTrue();
		assertThat(second.json().get("currentVersion").asInt()).isEqualTo(latest + 1);
		assertThat(admin.get(BASE + "handbook-district/versions/" + (latest + 1)).json().get("title").asString())
			.as("the first save is kept").isEqualTo("甲的修改");
	}

	@Test
	void concurrentSavesOfTheSameVersionKeepExactlyOne() throws Exception {
		int latest = latest("handbook-community");
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				String body = draft(latest, "并发修改 " + i, "一、并发", "编辑 " + i);
				answers.add(pool.submit((Callable<Api.Response>) () -> admin.post(BASE + "handbook-community/versions",
						body)));
			}
			int created = 0;
			for (Future<Api.Response> answer : answers) {
				int status = answer.get().status();
				assertThat(status).as(answer.get().body()).isIn(201, 409);
				created += status == 201 ? 1 : 0;
			}
			assertThat(created).isEqualTo(1);
			assertThat(latest("handbook-community")).isEqualTo(latest + 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anOlderDraftCannotReplaceANewerPublicVersion() {
		int latest = latest("duty-list");
		int older = admin.post(BASE + "duty-list/versions", dutyDraft(latest, "旧草稿")).json().get("version").asInt();
		int newer = admin.post(BASE + "duty-list/versions", dutyDraft(older, "新草稿")).json().get("version").asInt();
		assertThat(admin.post(BASE + "duty-list/versions/" + newer + "/publish", "{}").status()).isEqualTo(200);
		var refused = admin.post(BASE + "duty-list/versions/" + older + "/publish", "{}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("publicVersion").asInt()).isEqualTo(newer);
		assertThat(admin.post(BASE + "duty-list/versions/" + newer + "/publish", "{}").status())
			.as("published twice").isEqualTo(409);
		assertThat(admin.post(BASE + "duty-list/versions/9999/publish", "{}").status()).isEqualTo(404);
		assertThat(anonymous.get(BASE + "duty-list").json().get("version").asInt()).isEqualTo(newer);
	}

	@Test
	void onlyAdministratorsEditOrReadVersions() {
		int latest = latest("handbook-street");
		var asOperator = operator.post(BASE + "handbook-street/versions", draft(latest, "受理员的修改", "一", "x"));
		assertThat(asOperator.status()).isEqualTo(403);
		assertThat(asOperator.isProblem()).isTrue();
		assertThat(operator.post(BASE + "handbook-street/versions/" + latest + "/publish", "{}").status())
			.isEqualTo(403);
		assertThat(operator.get(BASE + "handbook-street/versions").status()).isEqualTo(403);
		var withoutToken = anonymous.post(BASE + "handbook-street/versions", draft(latest, "匿名", "一", "x"));
		assertThat(withoutToken.status()).isEqualTo(401);
		assertThat(withoutToken.isProblem()).isTrue();
		assertThat(anonymous.get(BASE + "handbook-street/versions").status()).isEqualTo(401);
		assertThat(latest("handbook-street")).as("nothing saved").isEqualTo(latest);
	}

	@Test
	void aBadDraftIsA400ProblemListingEveryFaultAndChangesNothing() {
		int latest = latest("item-list");
		var faulty = admin.post(BASE + "item-list/versions", """
				{"basedOn": %d, "title": " ", "entries": [
				  {"heading": "占道经营", "text": "…", "departmentCode": "NO_SUCH_DEPARTMENT"},
				  {"heading": "", "text": "…", "legalBasis": "《城市市容和环境卫生管理条例》", "departmentCode": "ENFORCEMENT",
				   "categoryCode": "E9999"}]}
				""".formatted(latest));
		assertThat(faulty.status()).isEqualTo(400);
		assertThat(faulty.isProblem()).isTrue();
		assertThat(faulty.json().get("errors").toString()).contains("title", "entries[0].legalBasis",
				"NO_SUCH_DEPARTMENT", "entries[1].heading", "E9999");
		assertThat(admin.post(BASE + "item-list/versions", "{\"title\": \"x\", \"entries\": []}").status())
			.as("no basedOn").isEqualTo(400);
		assertThat(admin.post(BASE + "item-list/versions", "not json").status()).isEqualTo(400);
		assertThat(admin.post(BASE + "handbook-street/versions", """
				{"basedOn": 0, "title": "手册", "entries": [{"heading": "一", "legalBasis": "《某法》"}]}
				""").status()).as("legal bases belong to the item list").isEqualTo(400);
		assertThat(admin.post(BASE + "no-such-document/versions", draft(0, "x", "y", "z")).status()).isEqualTo(404);
		assertThat(latest("item-list")).as("nothing saved").isEqualTo(latest);
	}

	@Test
	void anItemListDraftNamesItsDepartmentsFromTheCatalogue() {
		int latest = latest("item-list");
		var saved = admin.post(BASE + "item-list/versions", """
				{"basedOn": %d, "title": "事项清单（草稿）", "entries": [
				  {"heading": "占道经营", "text": "劝导和查处", "legalBasis": "《城市市容和环境卫生管理条例》",
				   "departmentCode": "enforcement", "categoryCode": "事件0502"}]}
				""".formatted(latest));
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		JsonNode entry = saved.json().get("entries").get(0);
		assertThat(entry.get("department").get("code").asString()).isEqualTo("ENFORCEMENT");
		assertThat(entry.get("department").get("name").asString()).isEqualTo("城管执法局");
		assertThat(entry.get("category").get("code").asString()).isEqualTo("E0502");
	}

	private int latest(String kind) {
		var versions = admin.get(BASE + kind + "/versions");
		assertThat(versions.status()).as(versions.body()).isEqualTo(200);
		return versions.json().isEmpty() ? 0 : versions.json().get(0).get("version").asInt();
	}

	private static String draft(int basedOn, String title, String heading, String text) {
		return """
				{"basedOn": %d, "title": "%s", "intro": "说明", "entries": [{"heading": "%s", "text": "%s"}]}
				""".formatted(basedOn, title, heading, text.replace("\n", "\\n"));
	}

	private static String dutyDraft(int basedOn, String title) {
		return draft(basedOn, title, "市容环境巡查", "每日巡查。");
	}
}
