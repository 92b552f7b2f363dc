package org.chengguan.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.disclosure.web.AdminPageFixtures.documentForm;
import static org.chengguan.disclosure.web.AdminPageFixtures.has;
import static org.chengguan.disclosure.web.AdminPageFixtures.signIn;
import static org.chengguan.disclosure.web.AdminPageFixtures.text;
import static org.chengguan.disclosure.web.AdminPageFixtures.value;
import static org.chengguan.disclosure.web.AdminPageFixtures.values;
import static org.chengguan.disclosure.web.AdminPageFixtures.with;

import java.util.List;
import java.util.Map;

import org.chengguan.PageSession;
import org.chengguan.PageSession.Page;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.disclosure.Document;
import org.chengguan.disclosure.DocumentKind;
import org.chengguan.disclosure.internal.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The administrators' document pages over real HTTP with a signed-in session: who may open them, drafts saved and
 * published from the page, two administrators saving at once, and faults shown next to their fields.
 */
@PlatformTest
class DocumentEditorPagesTests {

	static final String EDITOR = "/admin/disclosure/documents/";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Documents documents;

	@BeforeEach
	void setUp() {
		AdminPageFixtures.load(context);
	}

	@Test
	void onlyAdministratorsOpenOrUseTheEditingPages() {
		int latest = documents.latestVersion(DocumentKind.HANDBOOK_STREET);
		PageSession nobody = PageSession.anonymous(port);
		assertThat(nobody.get("/admin/disclosure").redirectPath()).as("not signed in: to the sign-in page")
			.startsWith("/login");
		assertThat(nobody.get(EDITOR + "handbook-street").redirectPath()).startsWith("/login");

		PageSession operator = signIn(port, TestUsers.OPERATOR);
		Page refused = operator.get("/admin/disclosure");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("id=\"page-error\"").doesNotContain("documents-table");
		assertThat(operator.get(EDITOR + "handbook-street").status()).isEqualTo(403);
		assertThat(operator.get(EDITOR + "handbook-street/versions/" + latest).status()).isEqualTo(403);
		Page save = operator.post(EDITOR + "handbook-street",
				with(documentForm(latest, "受理员的修改", "", "一", "x"), "op", "save"));
		assertThat(save.status()).isEqualTo(403);
		assertThat(operator.post(EDITOR + "handbook-street/versions/" + latest + "/publish", Map.of()).status())
			.isEqualTo(403);
		assertThat(documents.latestVersion(DocumentKind.HANDBOOK_STREET)).as("nothing saved").isEqualTo(latest);
		assertThat(operator.post("/logout", Map.of()).redirectPath())
			.as("the refused forms carried a valid CSRF token: the role refused them").startsWith("/login?logout");
	}

	@Test
	void theOverviewListsEveryDocumentWithItsNewestAndPublicVersionAndWhoSavedThem() {
		PageSession admin = signIn(port, TestUsers.ADMIN);
		Page saved = saveFromTheEditor(admin, "duty-list", "职责清单（概览测试 " + System.nanoTime() + "）");
		assertThat(saved.status()).isEqualTo(302);
		int latest = documents.latestVersion(DocumentKind.DUTY_LIST);
		int published = documents.published(DocumentKind.DUTY_LIST).orElseThrow().version();

		Page overview = admin.get("/admin/disclosure");
		assertThat(overview.status()).isEqualTo(200);
		for (DocumentKind kind : DocumentKind.values()) {
			assertThat(has(overview.body(), "document-" + kind.slug())).as(kind.slug()).isTrue();
			assertThat(overview.body()).contains("href=\"/admin/disclosure/documents/" + kind.slug() + "\"");
		}
		String row = text(overview.body(), "document-duty-list");
		assertThat(row).contains("职责清单", "第 " + latest + " 版", "草稿", "测试管理员 保存于", "第 " + published + " 版");
	}

	@Test
	void aDraftSavedOnThePageIsPublicOnlyOncePublished() {
		PageSession admin = signIn(port, TestUsers.ADMIN);
		String title = "街道执法手册（页面修订 " + System.nanoTime() + "）";
		Page saved = saveFromTheEditor(admin, "handbook-street", title);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.redirectPath()).isEqualTo(EDITOR + "handbook-street");
		int draft = documents.latestVersion(DocumentKind.HANDBOOK_STREET);
		List<Map.Entry<String, String>> sameForm = documentForm(draft - 1, title, "本手册适用于街道。", "第一章 总则",
				"第一条 为规范执法。\n第二条 适用范围。", "第二章 附则", "本手册自发布之日起施行。");
		Page again = admin.post(EDITOR + "handbook-street", with(sameForm, "op", "save"));
		assertThat(again.status()).as("the same form sent twice answers as the first did").isEqualTo(302);
		assertThat(documents.latestVersion(DocumentKind.HANDBOOK_STREET)).as("and saves once").isEqualTo(draft);
		Page editor = admin.follow(saved);
		assertThat(text(editor.body(), "saved-notice")).startsWith("已保存为第 " + draft + " 版草稿");
		assertThat(value(editor.body(), "title")).as("the editor opens the new draft").isEqualTo(title);
		assertThat(value(editor.body(), "basedOn")).isEqualTo(Integer.toString(draft));

		PageSession visitor = PageSession.anonymous(port);
		assertThat(visitor.get("/disclosure/documents/handbook-street").body()).as("a draft is not public")
			.doesNotContain(title);

		Page version = admin.get(EDITOR + "handbook-street/versions/" + draft);
		assertThat(version.status()).isEqualTo(200);
		assertThat(text(version.body(), "shown-status")).isEqualTo("草稿");
		assertThat(text(version.body(), "document-title")).as("the draft as the public will see it").isEqualTo(title);
		Page published = admin.post(EDITOR + "handbook-street/versions/" + draft + "/publish", Map.of());
		assertThat(published.status()).isEqualTo(302);
		Page after = admin.follow(published);
		assertThat(text(after.body(), "published-notice")).startsWith("第 " + draft + " 版已发布");
		assertThat(text(after.body(), "shown-status")).isEqualTo("已发布");
		assertThat(has(after.body(), "publish")).as("no second publish").isFalse();

		Page publicPage = visitor.get("/disclosure/documents/handbook-street");
		assertThat(text(publicPage.body(), "document-title")).isEqualTo(title);
		assertThat(text(publicPage.body(), "document-version")).startsWith("第 " + draft + " 版");
		assertThat(publicPage.body()).contains("第一章 总则", "本手册适用于街道。");
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefusedWithWhoSavedMeanwhileAndTheTextIsKept() {
		PageSession first = signIn(port, TestUsers.ADMIN);
		PageSession second = signIn(port, AdminPageFixtures.SECOND_ADMIN);
		int opened = Integer.parseInt(value(first.get(EDITOR + "handbook-district").body(), "basedOn"));
		assertThat(value(second.get(EDITOR + "handbook-district").body(), "basedOn")).isEqualTo(Integer.toString(opened));

		Page firstSave = first.post(EDITOR + "handbook-district",
				with(documentForm(opened, "甲的修改", "", "一、甲", "甲的正文"), "op", "save"));
		assertThat(firstSave.status()).isEqualTo(302);
		String theirs = "乙的修改 " + System.nanoTime();
		Page refused = second.post(EDITOR + "handbook-district",
				with(documentForm(opened, theirs, "乙的说明", "一、乙", "乙的正文"), "op", "save"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(text(refused.body(), "conflict")).contains("您打开编辑的是第 " + opened + " 版", "测试管理员",
				"保存了第 " + (opened + 1) + " 版", "您的内容没有保存");
		assertThat(value(refused.body(), "title")).as("the refused text is still in the form").isEqualTo(theirs);
		assertThat(value(refused.body(), "entries[0].heading")).isEqualTo("一、乙");
		assertThat(value(refused.body(), "basedOn")).isEqualTo(Integer.toString(opened));
		assertThat(documents.latestVersion(DocumentKind.HANDBOOK_DISTRICT)).isEqualTo(opened + 1);
		assertThat(documents.version(DocumentKind.HANDBOOK_DISTRICT, opened + 1).orElseThrow().title())
			.as("the first save is kept").isEqualTo("甲的修改");

		Page rebased = second.post(EDITOR + "handbook-district",
				with(with(documentForm(opened, theirs, "乙的说明", "一、乙", "乙的正文"), "op", "rebase"), "rebaseOnto",
						Integer.toString(opened + 1)));
		assertThat(rebased.status()).as("saved after the version they were shown").isEqualTo(302);
		assertThat(documents.version(DocumentKind.HANDBOOK_DISTRICT, opened + 2).orElseThrow().title()).isEqualTo(theirs);
		assertThat(documents.version(DocumentKind.HANDBOOK_DISTRICT, opened + 1).orElseThrow().title())
			.as("both versions stay in the history").isEqualTo("甲的修改");
	}

	@Test
	void aBadDraftShowsEachFaultNextToItsFieldAndSavesNothing() {
		PageSession admin = signIn(port, TestUsers.ADMIN);
		int latest = Integer.parseInt(value(admin.get(EDITOR + "item-list").body(), "basedOn"));
		var form = documentForm(latest, " ", "", "占道经营", "劝导和查处", "", "无标题的事项");
		form = with(form, "entries[1].legalBasis", "《城市市容和环境卫生管理条例》");
		form = with(form, "entries[1].departmentCode", "NO_SUCH_DEPARTMENT");
		Page refused = admin.post(EDITOR + "item-list", with(form, "op", "save"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(text(refused.body(), "fault-summary")).contains("5 处需要修改", "没有保存");
		assertThat(text(refused.body(), "error-title")).isEqualTo("不能为空");
		assertThat(text(refused.body(), "error-legal-basis-0")).isEqualTo("不能为空");
		assertThat(text(refused.body(), "error-department-0")).isEqualTo("请选择承办部门");
		assertThat(text(refused.body(), "error-heading-1")).isEqualTo("不能为空");
		assertThat(text(refused.body(), "error-department-1")).contains("NO_SUCH_DEPARTMENT");
		assertThat(refused.body()).contains("无标题的事项", "《城市市容和环境卫生管理条例》");
		assertThat(documents.latestVersion(DocumentKind.ITEM_LIST)).as("nothing saved").isEqualTo(latest);

		Page english = admin.post(EDITOR + "item-list?lang=en", with(form, "op", "save"));
		assertThat(text(english.body(), "error-department-0")).isEqualTo("Choose the department that handles it");
		admin.get("/admin/disclosure?lang=zh-CN");
	}

	@Test
	void entriesAreAddedMovedAndRemovedOnTheServerWithoutSaving() {
		PageSession admin = signIn(port, TestUsers.ADMIN);
		int latest = documents.latestVersion(DocumentKind.HANDBOOK_COMMUNITY);
		var form = documentForm(latest, "社区手册", "", "甲", "一", "乙", "二");

		Page added = admin.post(EDITOR + "handbook-community", with(form, "op", "add"));
		assertThat(added.status()).isEqualTo(200);
		assertThat(values(added.body(), "entries\\[\\d+\\]\\.heading")).containsExactly("甲", "乙", "");
		Page moved = admin.post(EDITOR + "handbook-community", with(form, "op", "down-0"));
		assertThat(values(moved.body(), "entries\\[\\d+\\]\\.heading")).containsExactly("乙", "甲");
		assertThat(moved.body()).containsSubsequence("二", "一");
		Page up = admin.post(EDITOR + "handbook-community", with(form, "op", "up-1"));
		assertThat(values(up.body(), "entries\\[\\d+\\]\\.heading")).containsExactly("乙", "甲");
		Page removed = admin.post(EDITOR + "handbook-community", with(form, "op", "remove-0"));
		assertThat(values(removed.body(), "entries\\[\\d+\\]\\.heading")).containsExactly("乙");
		assertThat(value(removed.body(), "title")).isEqualTo("社区手册");
		Page nonsense = admin.post(EDITOR + "handbook-community", with(form, "op", "remove-7"));
		assertThat(nonsense.status()).isEqualTo(400);
		assertThat(nonsense.body()).contains("id=\"page-error\"");
		Page huge = admin.post(EDITOR + "handbook-community", with(with(form, "entries[50000].heading", "x"), "op", "add"));
		assertThat(huge.status()).as("an index past any document's size is refused, not allocated").isEqualTo(400);
		assertThat(documents.latestVersion(DocumentKind.HANDBOOK_COMMUNITY)).as("nothing saved").isEqualTo(latest);
	}

	@Test
	void aPreviewShowsTheDraftAsThePublicWouldAndSavesNothing() {
		PageSession admin = signIn(port, TestUsers.ADMIN);
		int latest = documents.latestVersion(DocumentKind.ITEM_LIST);
		var form = documentForm(latest, "事项清单（预览）", "第一段\n第二段", "占道经营", "劝导和查处");
		form = with(form, "entries[0].legalBasis", "《城市市容和环境卫生管理条例》");
		form = with(form, "entries[0].departmentCode", "ENFORCEMENT");
		form = with(form, "entries[0].categoryCode", "E0502");
		Page preview = admin.post(EDITOR + "item-list", with(form, "op", "preview"));
		assertThat(preview.status()).isEqualTo(200);
		String shown = text(preview.body(), "preview");
		assertThat(shown).contains("事项清单（预览）", "第一段", "第二段", "法律依据", "《城市市容和环境卫生管理条例》",
				"承办部门", "城管执法局", "占道经营");
		assertThat(preview.body()).contains("<option value=\"ENFORCEMENT\" selected=\"selected\">");
		assertThat(documents.latestVersion(DocumentKind.ITEM_LIST)).as("nothing saved").isEqualTo(latest);
	}

	@Test
	void publishingADraftOlderThanThePublicVersionIsRefusedOnThePage() {
		PageSession admin = signIn(port, TestUsers.ADMIN);
		saveFromTheEditor(admin, "handbook-community", "旧草稿");
		int older = documents.latestVersion(DocumentKind.HANDBOOK_COMMUNITY);
		saveFromTheEditor(admin, "handbook-community", "新草稿");
		int newer = older + 1;
		assertThat(admin.post(EDITOR + "handbook-community/versions/" + newer + "/publish", Map.of()).status())
			.isEqualTo(302);

		Page refused = admin.post(EDITOR + "handbook-community/versions/" + older + "/publish", Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(text(refused.body(), "publish-refused"))
			.isEqualTo("第 " + older + " 版不能发布：公众现在看到的第 " + newer + " 版比它新。");
		assertThat(documents.published(DocumentKind.HANDBOOK_COMMUNITY).map(Document::version)).hasValue(newer);
		assertThat(admin.get(EDITOR + "handbook-community/versions/999999").status()).isEqualTo(404);
		assertThat(admin.get(EDITOR + "no-such-document").status()).isEqualTo(404);
	}

	/** Opens the editor and saves its form with a new title and two entries, as a browser would send it. */
	private Page saveFromTheEditor(PageSession admin, String slug, String title) {
		int basedOn = Integer.parseInt(value(admin.get(EDITOR + slug).body(), "basedOn"));
		List<Map.Entry<String, String>> form = documentForm(basedOn, title, "本手册适用于街道。", "第一章 总则",
				"第一条 为规范执法。\n第二条 适用范围。", "第二章 附则", "本手册自发布之日起施行。");
		return admin.post(EDITOR + slug, with(form, "op", "save"));
	}
}
