package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.WorkbenchFixtures.clickAndWait;
import static org.chengguan.browser.WorkbenchFixtures.script;
import static org.chengguan.browser.WorkbenchFixtures.signIn;

import java.util.List;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.disclosure.DocumentKind;
import org.chengguan.disclosure.demo.DemoDisclosureLoader;
import org.chengguan.disclosure.internal.Documents;
import org.chengguan.identity.demo.DemoUserLoader;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The administrator in a real Chromium: edits the duty list (a new entry, moved up), saves a draft, publishes it and
 * reads it on the public page; then picks a community, adds an officer with a photo and finds them on the community's
 * public page.
 */
@BrowserTest
class DisclosureAdminPageTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegionDirectory regions;

	@Autowired
	Documents documents;

	@BeforeEach
	void setUp() {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		context.getBean(DemoUserLoader.class).loadIfAbsent();
		context.getBean(DemoDisclosureLoader.class).loadIfAbsent();
	}

	@Test
	void theAdministratorPublishesADutyListAndDisclosesAnOfficerWithAPhoto() {
		String title = "城管进社区职责清单（" + System.nanoTime() % 100_000 + " 修订）";
		try (Browser admin = signIn(Browser.open(port, false), "admin")) {
			clickAndWait(admin, "#link-disclosure-admin");
			assertThat(admin.path()).isEqualTo("/admin/disclosure");
			clickAndWait(admin, "#edit-duty-list");
			assertThat(admin.path()).isEqualTo("/admin/disclosure/documents/duty-list");
			int opened = Integer.parseInt(admin.find("#based-on").getAttribute("value"));

			admin.type("#title", title);
			int entries = entryCount(admin);
			clickAndWait(admin, "#add-entry");
			assertThat(entryCount(admin)).isEqualTo(entries + 1);
			admin.type("#heading-" + entries, "夜间噪声巡查");
			admin.type("#text-" + entries, "夏季夜间巡查广场舞和施工噪声。\n接到投诉 30 分钟内到场。");
			clickAndWait(admin, "#up-" + entries);
			assertThat(admin.find("#heading-" + (entries - 1)).getAttribute("value")).as("moved up one")
				.isEqualTo("夜间噪声巡查");
			assertThat(admin.find("#title").getAttribute("value")).as("the edits survive the step").isEqualTo(title);
			clickAndWait(admin, "#save-draft");
			int draft = opened + 1;
			assertThat(admin.text("#saved-notice")).startsWith("已保存为第 " + draft + " 版草稿");
			assertThat(documents.latestVersion(DocumentKind.DUTY_LIST)).isEqualTo(draft);
			admin.screenshot("disclosure-admin-editor");

			clickAndWait(admin, "#publish-" + draft);
			assertThat(admin.text("#published-notice")).startsWith("第 " + draft + " 版已发布");
			clickAndWait(admin, "#public-link");
			assertThat(admin.path()).isEqualTo("/disclosure/documents/duty-list");
			assertThat(admin.text("#document-title")).isEqualTo(title);
			assertThat(admin.text("#document-version")).startsWith("第 " + draft + " 版");
			List<String> headings = admin.driver().findElements(By.cssSelector(".doc-entry h2")).stream()
				.map(WebElement::getText).toList();
			assertThat(headings).hasSize(entries + 1);
			assertThat(headings.get(entries - 1)).isEqualTo("夜间噪声巡查");
			assertThat(admin.text("#document")).contains("接到投诉 30 分钟内到场。");

			Region street = regions.children("340603").get(4);
			Region community = regions.children(street.code()).get(0);
			admin.go("/admin/disclosure");
			new Select(admin.find("#picker-district")).selectByValue("340603");
			// the picker is swapped in place (htmx) with the district's streets
			MobileFixtures.until(admin, "(function (s) { return s && !s.disabled && s.options.length > 1; })"
					+ "(document.getElementById('picker-street'))");
			new Select(admin.find("#picker-street")).selectByValue(street.code());
			admin.find("#community-" + community.code());
			assertThat(admin.path()).as("the picker's choice is in the address").contains("street=" + street.code());
			admin.screenshot("disclosure-admin");
			clickAndWait(admin, "#community-" + community.code());
			assertThat(admin.path()).isEqualTo("/admin/disclosure/communities/" + community.code());

			String name = "浏览器队员" + System.nanoTime() % 1000;
			String phone = "1395555" + String.format("%04d", System.nanoTime() % 10_000);
			admin.type("#name-new", name).type("#duty-new", "社区城管站站长").type("#phone-new", phone)
				.type("#position-new", "1");
			WorkbenchFixtures.tap(admin, "#phone-public-new");
			admin.find("#photo-new").sendKeys(MobileFixtures.photo(41).toAbsolutePath().toString());
			clickAndWait(admin, "#add-submit");
			assertThat(admin.text("#notice")).isEqualTo("已添加队员 " + name + "。");
			String photo = admin.driver().findElements(By.cssSelector(".officer-admin-photo")).stream()
				.filter(i -> i.getAttribute("alt").contains(name))
				.findFirst()
				.orElseThrow()
				.getAttribute("id");
			MobileFixtures.until(admin, "(function (i) { return i.complete && i.naturalWidth === 240; })"
					+ "(document.getElementById('" + photo + "'))");
			admin.screenshot("disclosure-admin-officers");

			String id = photo.substring("photo-".length());
			admin.type("#duty-" + id, "社区城管工作站站长，值班电话对外公开");
			clickAndWait(admin, "#save-" + id);
			assertThat(admin.text("#notice")).as("the form as the page shows it saves").isEqualTo("已保存 " + name + " 的信息。");
			assertThat(admin.find("#duty-" + id).getAttribute("value")).isEqualTo("社区城管工作站站长，值班电话对外公开");

			assertThat(admin.find("#public-community").getAttribute("href"))
				.endsWith("/disclosure/communities/" + community.code());
		}
		String community = regions.children(regions.children("340603").get(4).code()).get(0).code();
		try (Browser visitor = MobileFixtures.phone(port)) {
			visitor.go("/disclosure/communities/" + community);
			String card = visitor.text("#community-card");
			assertThat(card).contains("浏览器队员", "社区城管工作站站长，值班电话对外公开");
			MobileFixtures.until(visitor, "Array.from(document.querySelectorAll('.officer-photo'))"
					+ ".every(i => i.complete && i.naturalWidth > 0)");
			assertThat((String) script(visitor, "return Array.from(document.querySelectorAll('.officer')).find("
					+ "o => o.textContent.includes('浏览器队员')).querySelector('.officer-phone').textContent;"))
				.as("the duty makes the phone public").startsWith("1395555");
			MobileFixtures.screenshot(visitor, "disclosure-admin-public-officer");
		}
	}

	private static int entryCount(Browser browser) {
		return ((Number) script(browser, "return document.querySelectorAll('#entries > li').length;")).intValue();
	}
}
