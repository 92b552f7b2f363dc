package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.WorkbenchFixtures.clickAndWait;
import static org.chengguan.browser.WorkbenchFixtures.script;
import static org.chengguan.browser.WorkbenchFixtures.signIn;
import static org.chengguan.browser.WorkbenchFixtures.tap;
import static org.chengguan.browser.WorkbenchFixtures.waitUntil;


import org.chengguan.Api;
import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.TestUsers;
import org.chengguan.campaigns.CampaignCases;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.regions.RegionDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The campaign pages in a real browser: the demo leader creates a campaign through the form (a faulty form first,
 * which saves nothing), reads its progress with the charts drawn and the same figures as the API, sees a case reported
 * in scope appear, loses an edit to a colleague's and is told so; the public reads a published campaign without its
 * cases; a citizen is refused.
 */
@BrowserTest
class CampaignPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	CampaignCases spot;

	@BeforeEach
	void demo() {
		new WorkbenchFixtures(context);
		spot = new CampaignCases(context.getBean(CaseManagement.class), context.getBean(PhotoLibrary.class),
				context.getBean(RegionDirectory.class));
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM campaigns.campaign").query(Long.class).single();
	}

	@Test
	void aLeaderCreatesACampaignOnTheFormAndFollowsItsProgress() {
		String street = spot.at.street().code();
		long before = spot.closed("E0302");
		try (Browser leader = signIn(Browser.open(port, false), "leader")) {
			leader.driver().manage().window().setSize(new Dimension(1280, 1400));
			leader.go("/campaigns");
			clickAndWait(leader, "#new-campaign");
			assertThat(leader.path()).isEqualTo("/campaigns/new");
			// a faulty form: no category, the end before the start, a rate above 100
			leader.type("#name", "扬尘专项整治-页面测试");
			script(leader, "document.getElementById('endDate').value = '2020-01-01'");
			leader.type("#target-CLOSURE_RATE-value", "120");
			long campaigns = count();
			clickAndWait(leader, "#save");
			assertThat(leader.has("#faults")).isTrue();
			assertThat(leader.text("#faults")).contains("categories: at least one").contains("endDate:")
				.contains("at most 100");
			assertThat(leader.find("#name").getAttribute("value")).as("what was typed is kept")
				.isEqualTo("扬尘专项整治-页面测试");
			assertThat(count()).as("nothing saved").isEqualTo(campaigns);

			script(leader, "document.getElementById('endDate').value = arguments[0]",
					java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(20).toString());
			script(leader, "document.getElementById('startDate').value = arguments[0]",
					java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString());
			tap(leader, "#cat-E0302");
			tap(leader, "#reg-" + street);
			leader.find("#target-CLOSURE_RATE-value").clear();
			leader.type("#target-CLOSURE_RATE-value", "90");
			leader.type("#target-CASES_CLOSED-value", "2");
			leader.type("#target-CASES_CLOSED-eachStreet", "2");
			tap(leader, "#published");
			clickAndWait(leader, "#save");
			assertThat(leader.path()).matches("/campaigns/\\d+");
			long id = Long.parseLong(leader.path().substring("/campaigns/".length()));
			assertThat(leader.text("#campaign-name")).isEqualTo("扬尘专项整治-页面测试");
			assertThat(leader.text("#campaign-phase")).isEqualTo("进行中");
			assertThat(leader.text("#campaign-categories")).isEqualTo("工地扬尘");
			assertThat(leader.has("#case-" + before)).as("reported before, tagged when created").isTrue();

			long now = spot.dispatched("E0302");
			leader.go("/campaigns/" + id);
			assertThat(leader.has("#case-" + now)).as("reported after, tagged as it came in").isTrue();
			assertThat(leader.text("#case-" + now)).contains("已派遣");

			Api api = new Api(port).as(new TestUsers(context).signIn("leader", "demo-2026"));
			JsonNode progress = api.get("/api/v1/campaigns/" + id + "/progress").json();
			for (JsonNode f : progress.get("overall").get("figures")) {
				if (f.has("target")) {
					String m = f.get("measure").asString();
					assertThat(leader.text("#target-" + m + " .actual")).as(m).isEqualTo(value(f));
				}
			}
			assertThat(leader.driver().findElements(By.cssSelector("#case-table tbody tr")))
				.hasSize(progress.get("taggedCases").asInt());
			assertThat(leader.text("#unit-" + street)).contains(spot.at.street().name());
			waitUntil(leader, d -> "yes".equals(script(leader,
					"return document.getElementById('campaign-progress').dataset.drawn")));
			assertThat(leader.has("#chart-CASES_CLOSED canvas")).as("ECharts drew the bars").isTrue();
			assertThat(leader.has("#chart-CLOSURE_RATE canvas")).isTrue();
			leader.screenshot("campaign-progress");

			// a colleague saves first: the leader's edit is refused and says so, keeping what they typed
			clickAndWait(leader, "#edit-campaign");
			JsonNode stored = api.get("/api/v1/campaigns/" + id).json();
			String changed = stored.toString().replace("扬尘专项整治-页面测试", "扬尘专项整治-同事改过")
				.replaceFirst("\\}$", ",\"expectedVersion\":0}");
			assertThat(api.put("/api/v1/campaigns/" + id, "application/json", changed).status()).isEqualTo(200);
			leader.find("#name").clear();
			leader.type("#name", "扬尘专项整治-领导改过");
			clickAndWait(leader, "#save");
			assertThat(leader.has("#conflict")).isTrue();
			assertThat(leader.text("#conflict")).contains("第 1 版");
			assertThat(leader.find("#name").getAttribute("value")).isEqualTo("扬尘专项整治-领导改过");
			leader.screenshot("campaign-form-conflict");
			clickAndWait(leader, "#save");
			assertThat(leader.path()).isEqualTo("/campaigns/" + id);
			assertThat(leader.text("#campaign-name")).isEqualTo("扬尘专项整治-领导改过");

			try (Browser anyone = MobileFixtures.phone(port)) {
				anyone.go("/public/campaigns/" + id);
				assertThat(anyone.text("#campaign-name")).isEqualTo("扬尘专项整治-领导改过");
				assertThat(anyone.has("#target-CASES_CLOSED")).isTrue();
				assertThat(anyone.has("#case-table")).as("no case list for the public").isFalse();
				assertThat((Boolean) script(anyone, "return document.documentElement.scrollWidth <= window.innerWidth "
						+ "&& window.innerWidth <= 375")).as("nothing wider than a phone's 375 px").isTrue();
				MobileFixtures.screenshot(anyone, "campaign-public");
				anyone.go("/public/campaigns/" + id + "?lang=en");
				assertThat(anyone.text("#target-CASES_CLOSED")).contains("Cases closed").contains("50.0% done");
				assertThat(anyone.text("#campaign-phase")).isEqualTo("Running");
			}
		}
	}

	static String value(JsonNode f) {
		double v = f.get("actual").asDouble();
		String n = v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
		return f.get("measure").asString().endsWith("_RATE") ? n + "%" : n;
	}

	@Test
	void aCitizenIsRefusedTheStaffPagesAndAnUnpublishedCampaignIsNotPublic() {
		try (Browser citizen = signIn(Browser.open(port, true), "citizen")) {
			citizen.go("/campaigns");
			assertThat(citizen.has("#page-error")).isTrue();
		}
		Api admin = new Api(port).as(new TestUsers(context).admin());
		long id = admin.post("/api/v1/campaigns", "{\"name\":\"未公开专项\",\"categories\":[\"E0302\"],\"regions\":[\""
				+ spot.at.street().code() + "\"],\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\","
				+ "\"targets\":[{\"measure\":\"CASES_CLOSED\",\"value\":1}]}").json().get("id").asLong();
		try (Browser anyone = Browser.open(port, true)) {
			anyone.go("/public/campaigns/" + id);
			assertThat(anyone.has("#page-error")).isTrue();
			assertThat(anyone.has("#campaign-name")).isFalse();
			anyone.go("/campaigns");
			assertThat(anyone.path()).startsWith("/login");
		}
	}
}
