package org.chengguan.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.chengguan.Api;
import org.chengguan.PageSession;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.Satisfaction;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.cases.photos.TestImages;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hotline (热线) over real HTTP: calls of each kind, a complaint's case, idempotent registration, the caller's
 * phone masked everywhere but the operator's screen, and the answer-back (回访) recorded on the case.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class HotlineTests {

	private static final AtomicInteger spots = new AtomicInteger();

	private static final AtomicInteger seeds = new AtomicInteger(7000);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseManagement cases;

	@Autowired
	RegionDirectory regions;

	@Autowired
	PhotoLibrary photos;

	Api operator;

	Actor operatorActor;

	Api leader;

	Api officer;

	@BeforeEach
	void signIn() {
		var users = new TestUsers(context);
		var anonymous = new Api(port);
		operator = anonymous.as(users.token(EngagementFixtures.OPERATOR));
		operatorActor = users.ensure(EngagementFixtures.OPERATOR);
		leader = anonymous.as(users.token(EngagementFixtures.LEADER));
		officer = anonymous.as(users.token(EngagementFixtures.OFFICER));
	}

	@Test
	void aConsultationIsAnsweredAndClosedOnTheSpot() {
		String phone = EngagementFixtures.phone();
		var made = operator.post("/api/v1/hotline/calls", """
				{"kind":"CONSULTATION","callerName":"孙咨询","callerPhone":"%s","content":"早市几点开？",
				 "answer":"早市 05:30–08:30 开放"}""".formatted(phone));
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(made.json().get("state").asString()).isEqualTo("ANSWERED");
		assertThat(made.json().get("answer").asString()).isEqualTo("早市 05:30–08:30 开放");
		assertThat(made.json().get("regionCode").asString()).isEqualTo("340603");
		assertThat(made.json().has("caseId") && !made.json().get("caseId").isNull()).isFalse();
	}

	@Test
	void aSuggestionIsRecordedAndGetsAReplyOnce() {
		var made = operator.post("/api/v1/hotline/calls", """
				{"kind":"SUGGESTION","callerPhone":"0561-3123456","content":"建议在公园增设公厕"}""");
		assertThat(made.json().get("state").asString()).isEqualTo("AWAITING_REPLY");
		long id = made.json().get("id").asLong();
		var replied = operator.post("/api/v1/hotline/calls/" + id + "/reply", "{\"answer\":\"已转园林处研究\"}");
		assertThat(replied.status()).as(replied.body()).isEqualTo(200);
		assertThat(replied.json().get("state").asString()).isEqualTo("ANSWERED");
		assertThat(replied.json().get("callerPhone").asString()).isEqualTo("0561-3123456");
		assertThat(operator.post("/api/v1/hotline/calls/" + id + "/reply", "{\"answer\":\"再答复\"}").status())
			.isEqualTo(409);
		assertThat(leader.get("/api/v1/hotline/calls/" + id).json().get("callerPhone").asString())
			.isEqualTo("056****3456");
	}

	@Test
	void aComplaintBecomesAHotlineCaseWithTheCallersContact() {
		String phone = EngagementFixtures.phone();
		GeoPoint p = nextSpot();
		var made = complaint(phone, p, "小区门口暴露垃圾-投诉", null);
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(made.json().get("state").asString()).isEqualTo("CASE_FILED");
		long caseId = made.json().get("caseId").asLong();
		Case c = cases.get(operatorActor, caseId);
		assertThat(c.channel()).isEqualTo(Channel.HOTLINE);
		assertThat(c.contact().phone()).isEqualTo(phone);
		assertThat(c.contact().name()).isEqualTo("周投诉");
		assertThat(c.description()).isEqualTo("小区门口暴露垃圾-投诉");
		assertThat(made.json().get("caseNumber").asString()).isEqualTo(c.number());
		assertThat(made.json().get("regionCode").asString()).isEqualTo(c.region().finest());
	}

	@Test
	void aComplaintThatCannotBecomeACaseLeavesNoCallAndFaultyCallsListEveryFault() {
		GeoPoint p = nextSpot();
		var refused = operator.post("/api/v1/hotline/calls", """
				{"kind":"COMPLAINT","callerPhone":"%s","content":"无效类别-投诉","categoryCode":"X9999","lat":%s,"lon":%s}"""
			.formatted(EngagementFixtures.phone(), p.lat(), p.lon()));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(calls("无效类别-投诉")).isZero();
		var outside = operator.post("/api/v1/hotline/calls", """
				{"kind":"COMPLAINT","callerPhone":"%s","content":"城外-投诉","categoryCode":"E0102","lat":31.2,"lon":121.5}"""
			.formatted(EngagementFixtures.phone()));
		assertThat(outside.status()).isEqualTo(422);
		assertThat(calls("城外-投诉")).isZero();
		var faulty = operator.post("/api/v1/hotline/calls", "{\"kind\":\"CONSULTATION\",\"callerPhone\":\"12\"}");
		assertThat(faulty.status()).isEqualTo(400);
		assertThat(faulty.json().get("errors").toString()).contains("callerPhone:", "content:", "answer:");
		assertThat(officer.post("/api/v1/hotline/calls", """
				{"kind":"SUGGESTION","callerPhone":"13800000009","content":"队员越权"}""").status()).isEqualTo(403);
		assertThat(calls("队员越权")).isZero();
	}

	@Test
	void retriesWithTheSameKeyRegisterOneCallAndFileOneCase() throws Exception {
		GeoPoint p = nextSpot();
		String phone = EngagementFixtures.phone();
		String key = "hotline-retry-" + System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return complaint(phone, p, "重试-投诉", key);
				}));
			}
			start.countDown();
			Set<Long> ids = new HashSet<>();
			Set<Long> caseIds = new HashSet<>();
			for (Future<Api.Response> answer : answers) {
				Api.Response r = answer.get();
				assertThat(r.status()).as(r.body()).isIn(200, 201);
				ids.add(r.json().get("id").asLong());
				caseIds.add(r.json().get("caseId").asLong());
			}
			assertThat(ids).hasSize(1);
			assertThat(caseIds).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(calls("重试-投诉")).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM cases.\"case\" WHERE description = '重试-投诉'").query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void thePhoneIsMaskedEverywhereButTheOperatorsScreen(CapturedOutput output) {
		String phone = EngagementFixtures.phone();
		String masked = phone.substring(0, 3) + "****" + phone.substring(7);
		long id = operator.post("/api/v1/hotline/calls", """
				{"kind":"SUGGESTION","callerName":"吴遮蔽","callerPhone":"%s","content":"遮蔽-建议"}""".formatted(phone))
			.json().get("id").asLong();
		var one = operator.get("/api/v1/hotline/calls/" + id);
		assertThat(one.json().get("callerPhone").asString()).isEqualTo(phone);
		assertThat(one.json().get("phoneMasked").asBoolean()).isFalse();
		var list = operator.get("/api/v1/hotline/calls?kind=SUGGESTION");
		assertThat(list.body()).contains(masked).doesNotContain(phone);
		var leaders = leader.get("/api/v1/hotline/calls/" + id);
		assertThat(leaders.json().get("callerPhone").asString()).isEqualTo(masked);
		assertThat(leader.get("/api/v1/hotline/calls").body()).doesNotContain(phone);
		assertThat(officer.get("/api/v1/hotline/calls/" + id).status()).isEqualTo(403);
		var operatorPages = PageSession.signIn(port, EngagementFixtures.OPERATOR.username(), TestUsers.PASSWORD);
		assertThat(operatorPages.get("/engagement/hotline").body()).contains(masked).doesNotContain(phone);
		assertThat(operatorPages.get("/engagement/hotline/calls/" + id).body()).contains(phone);
		var leaderPages = PageSession.signIn(port, EngagementFixtures.LEADER.username(), TestUsers.PASSWORD);
		assertThat(leaderPages.get("/engagement/hotline/calls/" + id).body()).contains(masked).doesNotContain(phone);
		assertThat(output.getAll()).contains(masked).doesNotContain(phone);
	}

	@Test
	void aReachedCallersSatisfactionIsRecordedOnTheCaseAndUnsatisfiedReopensIt() {
		GeoPoint p = nextSpot();
		long callId = complaint(EngagementFixtures.phone(), p, "回访满意-投诉", null).json().get("id").asLong();
		long caseId = operator.get("/api/v1/hotline/calls/" + callId).json().get("caseId").asLong();
		String answerBacks = "/api/v1/hotline/calls/" + callId + "/answer-backs";
		var tooEarly = operator.post(answerBacks, "{\"reached\":true,\"satisfaction\":\"SATISFIED\"}");
		assertThat(tooEarly.status()).isEqualTo(409);
		close(caseId, p);
		assertThat(operator.get("/api/v1/hotline/calls?awaitingAnswerBack=true").body()).contains("\"id\":" + callId);
		assertThat(operator.post(answerBacks, "{\"reached\":false,\"satisfaction\":\"SATISFIED\"}").status())
			.isEqualTo(400);
		var missed = operator.post(answerBacks, "{\"reached\":false,\"attempts\":2,\"comment\":\"无人接听\"}");
		assertThat(missed.status()).as(missed.body()).isEqualTo(201);
		assertThat(missed.json().get("recordedOnCase").asBoolean()).isFalse();
		assertThat(cases.get(operatorActor, caseId).status()).isEqualTo(CaseStatus.CLOSED);
		var reached = operator.post(answerBacks, "{\"reached\":true,\"attempts\":3,\"satisfaction\":\"SATISFIED\"}");
		assertThat(reached.status()).as(reached.body()).isEqualTo(201);
		assertThat(reached.json().get("recordedOnCase").asBoolean()).isTrue();
		Case answered = cases.get(operatorActor, caseId);
		assertThat(answered.status()).isEqualTo(CaseStatus.ANSWERED);
		assertThat(answered.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
		var call = operator.get("/api/v1/hotline/calls/" + callId).json();
		assertThat(call.get("caseStatus").asString()).isEqualTo("ANSWERED");
		assertThat(call.get("answerBacks").size()).isEqualTo(2);
		assertThat(operator.post(answerBacks, "{\"reached\":true,\"satisfaction\":\"UNSATISFIED\"}").status())
			.as("answered back once").isEqualTo(409);

		GeoPoint q = nextSpot();
		long unhappy = complaint(EngagementFixtures.phone(), q, "回访不满意-投诉", null).json().get("id").asLong();
		long unhappyCase = operator.get("/api/v1/hotline/calls/" + unhappy).json().get("caseId").asLong();
		close(unhappyCase, q);
		assertThat(operator.post("/api/v1/hotline/calls/" + unhappy + "/answer-backs",
				"{\"reached\":true,\"satisfaction\":\"UNSATISFIED\",\"comment\":\"垃圾又堆起来了\"}").status()).isEqualTo(201);
		Case reopened = cases.get(operatorActor, unhappyCase);
		assertThat(reopened.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(reopened.communityTeam()).isTrue();
		assertThat(operator.get("/api/v1/hotline/calls/" + unhappy).json().get("caseStatus").asString())
			.isEqualTo("DISPATCHED");
	}

	@Test
	void theHotlinePageRegistersAComplaintOnceHoweverOftenItsFormIsSent() {
		var pages = PageSession.signIn(port, EngagementFixtures.OPERATOR.username(), TestUsers.PASSWORD);
		var desk = pages.get("/engagement/hotline");
		assertThat(desk.status()).isEqualTo(200);
		String formKey = desk.body().replaceAll("(?s).*name=\"formKey\" value=\"([^\"]+)\".*", "$1");
		GeoPoint p = nextSpot();
		var fields = java.util.Map.of("kind", "COMPLAINT", "callerName", "郑页面", "callerPhone",
				EngagementFixtures.phone(), "content", "页面-投诉", "categoryCode", "E0102", "lat",
				String.valueOf(p.lat()), "lon", String.valueOf(p.lon()), "formKey", formKey);
		var first = pages.post("/engagement/hotline", fields);
		assertThat(first.status()).isEqualTo(302);
		var again = pages.post("/engagement/hotline", fields);
		assertThat(again.redirectPath()).isEqualTo(first.redirectPath());
		assertThat(calls("页面-投诉")).isEqualTo(1);
		var screen = pages.follow(first);
		assertThat(screen.body()).contains("投诉已登记并立卷上报", "郑页面");
		var refused = pages.post("/engagement/hotline", java.util.Map.of("kind", "CONSULTATION", "callerPhone", "12",
				"content", "", "formKey", "k-" + System.nanoTime()));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("来电未登记", "请填写正确的来电号码", "咨询须当场答复");
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		var doc = new Api(port).get("/v3/api-docs");
		assertThat(doc.status()).isEqualTo(200);
		assertThat(doc.json().get("paths").propertyNames()).contains("/api/v1/hotline/calls",
				"/api/v1/hotline/calls/{id}/answer-backs", "/api/v1/open-days", "/api/v1/public/open-days",
				"/api/v1/public/open-days/{id}/registrations", "/api/v1/public/open-days/registrations/{code}/feedback");
	}

	private Api.Response complaint(String phone, GeoPoint p, String content, String key) {
		String body = """
				{"kind":"COMPLAINT","callerName":"周投诉","callerPhone":"%s","content":"%s","categoryCode":"E0102",
				 "lat":%s,"lon":%s}""".formatted(phone, content, p.lat(), p.lon());
		return key == null ? operator.post("/api/v1/hotline/calls", body)
				: operator.send("/api/v1/hotline/calls", b -> b.header("Content-Type", "application/json")
					.header("Idempotency-Key", key)
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Takes a case through verification, filing, dispatch, handling and the check to its closing. */
	private void close(long caseId, GeoPoint p) {
		Location at = regions.locate(p).orElseThrow();
		long base = 8_000_000L + spots.get() * 10L;
		var inspector = new Actor(base + 1, "i", "i", Set.of(Role.INSPECTOR), at.community().orElseThrow().code(), null,
				Set.of(at.grid().orElseThrow().code()));
		var shiftLeader = staff(base + 2, Role.SHIFT_LEADER, at.street().code(), null);
		var dispatcher = staff(base + 3, Role.DISPATCHER, at.district().code(), null);
		var handler = staff(base + 4, Role.HANDLER, "3406", "SANITATION");
		cases.act(inspector, caseId, Action.VERIFY, ActionCommand.comment("属实"));
		cases.act(shiftLeader, caseId, Action.FILE, ActionCommand.comment(null));
		if (cases.get(handler, caseId).status() == CaseStatus.FILED) {
			cases.act(dispatcher, caseId, Action.DISPATCH, ActionCommand.comment(null));
		}
		cases.act(handler, caseId, Action.HANDLE, withPhoto(handler));
		cases.act(inspector, caseId, Action.CHECK_PASS, withPhoto(inspector));
		cases.act(shiftLeader, caseId, Action.CLOSE, ActionCommand.comment(null));
		assertThat(cases.get(shiftLeader, caseId).status()).isEqualTo(CaseStatus.CLOSED);
	}

	private ActionCommand withPhoto(Actor actor) {
		String id = photos.upload(actor.userId(), new ByteArrayInputStream(TestImages.jpeg(40, 30, seeds.incrementAndGet())))
			.id().toString();
		return new ActionCommand(null, null, null, List.of(id), null, null, null, null, null, null, null);
	}

	private static Actor staff(long id, Role role, String scope, String department) {
		return new Actor(id, role.name().toLowerCase(), role.name(), Set.of(role), scope, department, Set.of());
	}

	/**
	 * A fresh point in 相山区 for each complaint (about 110 m apart), so none is another's duplicate, north of the spots
	 * other test classes report at, so their counts never meet these cases.
	 */
	private static GeoPoint nextSpot() {
		int k = spots.incrementAndGet();
		return new GeoPoint(33.966 + (k % 5) * 0.001, 116.786 + (k / 5) * 0.0012);
	}

	private int calls(String content) {
		return jdbc.sql("SELECT count(*) FROM engagement.hotline_call WHERE content = ?").param(content)
			.query(Integer.class).single();
	}
}
