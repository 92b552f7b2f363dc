package org.chengguan.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.disclosure.web.AdminPageFixtures.has;
import static org.chengguan.disclosure.web.AdminPageFixtures.signIn;
import static org.chengguan.disclosure.web.AdminPageFixtures.text;
import static org.chengguan.disclosure.web.AdminPageFixtures.value;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.chengguan.Api;
import org.chengguan.PageSession;
import org.chengguan.PageSession.Page;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.cases.photos.TestImages;
import org.chengguan.disclosure.internal.OfficerProfile;
import org.chengguan.disclosure.internal.Officers;
import org.chengguan.disclosure.internal.Supervisions;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A community's officers and supervision contact on the administrators' page, over real HTTP with a signed-in
 * session: the picker, adding with a photo (once per form), changes and removals against the version shown, faults
 * next to their fields, and what the public then sees.
 */
@PlatformTest
class OfficerAdminPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegionDirectory regions;

	@Autowired
	Officers officers;

	@Autowired
	Supervisions supervisions;

	/** A community of 相山区 the other disclosure tests leave alone: the first of its fourth street. */
	String community;

	String page;

	@BeforeEach
	void setUp() {
		AdminPageFixtures.load(context);
		Region street = regions.children("340603").get(3);
		community = regions.children(street.code()).get(0).code();
		page = "/admin/disclosure/communities/" + community;
	}

	@Test
	void thePickerLeadsFromDistrictToStreetToTheCommunitysOfficers() {
		PageSession admin = signIn(port, TestUsers.ADMIN);
		String street = community.substring(0, 9);
		Page picked = admin.get("/admin/disclosure?district=340603&street=" + street);
		assertThat(picked.status()).isEqualTo(200);
		assertThat(picked.body()).contains("<option value=\"340603\" selected=\"selected\">",
				"<option value=\"" + street + "\" selected=\"selected\">", "href=\"" + page + "\"");
		assertThat(text(picked.body(), "community-" + community))
			.contains(regions.region(community).orElseThrow().name(), officers.inCommunity(community).size() + " 名队员");

		Page unknown = admin.get("/admin/disclosure?district=349999");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(text(unknown.body(), "picker-error")).isEqualTo("所选的区或街道不存在，请重新选择。");
		Page otherDistrict = admin.get("/admin/disclosure?district=340604&street=" + street);
		assertThat(otherDistrict.status()).as("a street left from the district chosen before is dropped").isEqualTo(200);
		assertThat(has(otherDistrict.body(), "communities")).isFalse();

		Page officersPage = admin.get(page);
		assertThat(officersPage.status()).isEqualTo(200);
		assertThat(admin.get("/admin/disclosure/communities/340603999999").status()).isEqualTo(404);
		assertThat(admin.get("/admin/disclosure/communities/abc").status()).isEqualTo(404);
		assertThat(PageSession.anonymous(port).get(page).redirectPath()).startsWith("/login");
		assertThat(signIn(port, TestUsers.OPERATOR).get(page).status()).isEqualTo(403);
	}

	@Test
	void anOfficerAddedWithAPhotoIsPublicWithoutTheirPrivatePhoneAndAFormSentTwiceAddsOne() throws IOException {
		PageSession admin = signIn(port, TestUsers.ADMIN);
		String formKey = value(admin.get(page).body(), "formKey");
		String name = "页面队员" + (System.nanoTime() % 10_000);
		String phone = "1391234" + String.format("%04d", System.nanoTime() % 10_000);
		Map<String, String> fields = Map.of("name", name, "duty", "社区城管队员", "phone", phone, "position", "3",
				"userId", "", "formKey", formKey);
		byte[] jpeg = TestImages.jpeg(400, 300, 7);
		Page added = admin.postMultipart(page + "/officers", fields, "photo", "me.jpg", "image/jpeg", jpeg);
		assertThat(added.status()).isEqualTo(302);
		List<OfficerProfile> named = named(name);
		assertThat(named).hasSize(1);
		OfficerProfile officer = named.get(0);
		assertThat(officer.phonePublic()).isFalse();
		assertThat(officer.position()).isEqualTo(3);
		assertThat(officer.userId()).as("no account linked").isNull();
		assertThat(added.redirectPath()).isEqualTo(page + "#officer-" + officer.id());
		Page shown = admin.follow(added);
		assertThat(text(shown.body(), "notice")).isEqualTo("已添加队员 " + name + "。");
		assertThat(value(shown.body(), "phone")).as("the administrator sees the private phone").isNotBlank();
		assertThat(shown.body()).contains(phone);
		assertThat(shown.body()).as("an officer without an account shows none chosen").doesNotContain(">#0<");

		Page again = admin.postMultipart(page + "/officers", fields, "photo", "me.jpg", "image/jpeg", jpeg);
		assertThat(again.status()).isEqualTo(302);
		assertThat(text(admin.follow(again).body(), "notice")).contains("已经添加过", "没有重复添加");
		assertThat(named(name)).as("the form sent twice added one officer").hasSize(1);

		String publicPage = PageSession.anonymous(port).get("/disclosure/communities/" + community).body();
		assertThat(publicPage).contains(name).doesNotContain(phone);
		assertThat(publicPage).contains("/api/v1/officers/" + officer.id() + "/photo?v=");
		var photo = new Api(port).get("/api/v1/officers/" + officer.id() + "/photo");
		assertThat(photo.status()).isEqualTo(200);
		assertThat(photo.contentType()).isEqualTo("image/png");
		var stored = ImageIO.read(new ByteArrayInputStream(officers.photo(officer.id()).orElseThrow()));
		assertThat(stored.getWidth()).as("the upload, cropped and scaled").isEqualTo(240);
		assertThat(stored.getHeight()).isEqualTo(240);
		assertThat(stored.getRGB(120, 120)).as("the upload's colour, not a drawn placeholder's")
			.isEqualTo(ImageIO.read(new ByteArrayInputStream(jpeg)).getRGB(200, 150));
	}

	@Test
	void aChangeBasedOnAnOlderVersionIsRefusedAndShowsWhatIsStoredNowBesideWhatWasTried() {
		OfficerProfile officer = added("版本队员");
		PageSession first = signIn(port, TestUsers.ADMIN);
		PageSession second = signIn(port, AdminPageFixtures.SECOND_ADMIN);
		first.get(page);
		second.get(page);
		String version = Integer.toString(officer.version());

		Page saved = first.post(page + "/officers/" + officer.id(), form(officer, "值班队员，电话公开", true, version));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(text(first.follow(saved).body(), "notice")).isEqualTo("已保存 版本队员 的信息。");

		Page refused = second.post(page + "/officers/" + officer.id(), form(officer, "乙改的职责", false, version));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(text(refused.body(), "officer-notice-" + officer.id())).startsWith("该队员的信息已被他人修改（现为第 "
				+ (officer.version() + 1) + " 版），您的修改没有保存");
		assertThat(text(refused.body(), "attempt-" + officer.id())).contains("乙改的职责", "电话不公开");
		assertThat(refused.body()).as("the form now shows what is stored").contains("value=\"值班队员，电话公开\"");
		OfficerProfile now = officers.byId(officer.id()).orElseThrow();
		assertThat(now.duty()).isEqualTo("值班队员，电话公开");
		assertThat(now.phonePublic()).isTrue();
		assertThat(PageSession.anonymous(port).get("/disclosure/communities/" + community).body())
			.as("the duty made the phone public").contains(officer.phone());

		Page staleRemoval = second.post(page + "/officers/" + officer.id() + "/remove", Map.of("expectedVersion", version));
		assertThat(staleRemoval.status()).isEqualTo(409);
		assertThat(text(staleRemoval.body(), "officer-notice-" + officer.id())).contains("没有删除");
		assertThat(officers.byId(officer.id())).as("nothing removed").isPresent();
		Page removed = second.post(page + "/officers/" + officer.id() + "/remove",
				Map.of("expectedVersion", Integer.toString(now.version())));
		assertThat(removed.status()).isEqualTo(302);
		assertThat(text(second.follow(removed).body(), "notice")).isEqualTo("已删除队员 版本队员。");
		assertThat(officers.byId(officer.id())).isEmpty();
		Page gone = first.post(page + "/officers/" + officer.id(), form(officer, "又改", false, version));
		assertThat(gone.status()).isEqualTo(404);
		assertThat(text(gone.body(), "problem")).startsWith("该队员已被他人删除");
	}

	@Test
	void badFieldsAreShownNextToThemAndNothingIsSaved() {
		OfficerProfile officer = added("校验队员");
		PageSession admin = signIn(port, TestUsers.ADMIN);
		int before = officers.inCommunity(community).size();
		String formKey = value(admin.get(page).body(), "formKey");
		Page refused = admin.postMultipart(page + "/officers", Map.of("name", " ", "duty", "队员", "phone", "call me",
				"position", "abc", "userId", "", "formKey", formKey), "photo", "x.jpg", "image/jpeg", null);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(text(refused.body(), "error-name-new")).isEqualTo("请填写姓名，1 至 50 个字。");
		assertThat(text(refused.body(), "error-phone-new")).startsWith("电话只能包含数字");
		assertThat(text(refused.body(), "error-position-new")).isEqualTo("排序须为整数。");
		assertThat(has(refused.body(), "error-duty-new")).isFalse();
		assertThat(value(refused.body(), "phone")).as("what was typed stays").isNotNull();
		assertThat(refused.body()).contains("value=\"call me\"");

		Page notAPicture = admin.postMultipart(page + "/officers", Map.of("name", "图片队员", "duty", "队员", "phone",
				"13900000000", "position", "1", "userId", "", "formKey", formKey), "photo", "x.jpg", "image/jpeg",
				"not a picture".getBytes());
		assertThat(notAPicture.status()).isEqualTo(415);
		assertThat(text(notAPicture.body(), "error-photo-new")).startsWith("只能上传 JPEG");
		assertThat(officers.inCommunity(community)).as("nothing added").hasSize(before);

		Page badPhone = admin.post(page + "/officers/" + officer.id(),
				Map.of("name", officer.name(), "duty", officer.duty(), "phone", "12", "position", "0",
						"expectedVersion", Integer.toString(officer.version())));
		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(text(badPhone.body(), "error-phone-" + officer.id())).startsWith("电话只能包含数字");
		Page badPhoto = admin.postMultipart(page + "/officers/" + officer.id() + "/photo", Map.of(), "photo", "x.gif",
				"image/gif", "GIF89a but not really".getBytes());
		assertThat(badPhoto.status()).isEqualTo(415);
		assertThat(text(badPhoto.body(), "error-photo-" + officer.id())).startsWith("只能上传 JPEG");
		Page noPhoto = admin.postMultipart(page + "/officers/" + officer.id() + "/photo", Map.of(), "photo", "x.jpg",
				"image/jpeg", null);
		assertThat(noPhoto.status()).isEqualTo(400);
		assertThat(officers.byId(officer.id()).orElseThrow()).as("unchanged").isEqualTo(officer);

		Page replaced = admin.postMultipart(page + "/officers/" + officer.id() + "/photo", Map.of(), "photo", "p.jpg",
				"image/jpeg", TestImages.jpeg(300, 500, 3));
		assertThat(replaced.status()).isEqualTo(302);
		assertThat(officers.byId(officer.id()).orElseThrow().version()).isEqualTo(officer.version() + 1);
		Page tampered = admin.post(page + "/officers/" + officer.id(), Map.of("name", "x", "duty", "y", "phone",
				"13900000000", "expectedVersion", "one"));
		assertThat(tampered.status()).isEqualTo(400);
		assertThat(tampered.body()).contains("id=\"page-error\"");
	}

	@Test
	void theSupervisionContactIsChangedOnlyFromTheVersionShown() {
		PageSession first = signIn(port, TestUsers.ADMIN);
		PageSession second = signIn(port, AdminPageFixtures.SECOND_ADMIN);
		first.get(page);
		Page secondPage = second.get(page);
		int stored = supervisions.stored(community).map(Supervisions.StoredSupervision::version).orElse(0);
		assertThat(value(secondPage.body().substring(secondPage.body().indexOf("id=\"supervision-form\"")),
				"expectedVersion")).isEqualTo(Integer.toString(stored));

		Page bad = first.post(page + "/supervision", Map.of("supervisionPhone", "call", "complaintMethod", " ",
				"expectedVersion", Integer.toString(stored)));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(text(bad.body(), "error-supervisionPhone")).startsWith("监督电话只能包含数字");
		assertThat(text(bad.body(), "error-complaintMethod")).startsWith("请填写投诉方式");
		assertThat(supervisions.stored(community).map(Supervisions.StoredSupervision::version).orElse(0))
			.as("nothing saved").isEqualTo(stored);

		String phone = "0561-" + (3000000 + System.nanoTime() % 1_000_000);
		Page saved = first.post(page + "/supervision", Map.of("supervisionPhone", phone, "complaintMethod",
				"到社区工作站当面反映。", "expectedVersion", Integer.toString(stored)));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(text(first.follow(saved).body(), "notice")).isEqualTo("已保存本社区的监督方式。");
		Page refused = second.post(page + "/supervision", Map.of("supervisionPhone", "12345", "complaintMethod",
				"乙的投诉方式", "expectedVersion", Integer.toString(stored)));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(text(refused.body(), "supervision-notice")).startsWith("监督方式已被他人修改");
		assertThat(text(refused.body(), "supervision-attempt")).contains("12345", "乙的投诉方式");
		assertThat(refused.body()).contains("value=\"" + phone + "\"");

		String publicPage = PageSession.anonymous(port).get("/disclosure/communities/" + community).body();
		assertThat(text(publicPage, "supervision-phone")).isEqualTo(phone);
		assertThat(text(publicPage, "complaint-method")).isEqualTo("到社区工作站当面反映。");
	}

	private List<OfficerProfile> named(String name) {
		return officers.inCommunity(community).stream().filter(p -> p.name().equals(name)).toList();
	}

	/** An officer added through the page, with a private phone. */
	private OfficerProfile added(String name) {
		PageSession admin = signIn(port, TestUsers.ADMIN);
		String formKey = value(admin.get(page).body(), "formKey");
		String phone = "1398765" + String.format("%04d", System.nanoTime() % 10_000);
		Page added = admin.postMultipart(page + "/officers", Map.of("name", name, "duty", "社区城管队员", "phone", phone,
				"position", "9", "userId", "", "formKey", formKey), "photo", "x.jpg", "image/jpeg", null);
		assertThat(added.status()).isEqualTo(302);
		return named(name).get(named(name).size() - 1);
	}

	private static Map<String, String> form(OfficerProfile officer, String duty, boolean phonePublic, String version) {
		var form = new HashMap<String, String>(Map.of("name", officer.name(), "duty", duty, "phone", officer.phone(),
				"position", Integer.toString(officer.position()), "userId", "", "expectedVersion", version));
		if (phonePublic) {
			form.put("phonePublic", "true");
		}
		return form;
	}
}
