package org.chengguan.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.chengguan.Api;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.cases.photos.TestImages;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.open311.internal.ApiClients;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What the Open311 tests share: a client that speaks the spec over real HTTP (form-encoded POSTs, XML read with the
 * JDK's DOM and XPath, JSON with Jackson), api_keys, fresh spots in the urban grids apart from other tests', and the
 * staff who take a case through its lifecycle with the cases module's own actions.
 */
final class Open311Fixtures {

	static final String BASE = "/open311/v2";

	private static final AtomicInteger spots = new AtomicInteger();

	private static final AtomicLong staffIds = new AtomicLong(7_300_000);

	private static int photoSeed = 31_100;

	final Api api;

	private final ApiClients clients;

	private final RegionDirectory regions;

	private final CaseManagement cases;

	private final PhotoLibrary photos;

	private final JdbcClient jdbc;

	Open311Fixtures(ApplicationContext context) {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		this.api = new Api(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
		this.clients = context.getBean(ApiClients.class);
		this.regions = context.getBean(RegionDirectory.class);
		this.cases = context.getBean(CaseManagement.class);
		this.photos = context.getBean(PhotoLibrary.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** A new client application's key, with the given rate limit. */
	String newKey(int requestsPerMinute) {
		return clients.issue("t-open311-" + System.nanoTime(), requestsPerMinute, null).apiKey();
	}

	String newKey() {
		return newKey(1000);
	}

	/** A fresh point inside a mapped unit grid of the demo geography, ~130 m from every other Open311 test's. */
	GeoPoint nextSpot() {
		while (true) {
			int k = spots.incrementAndGet();
			GeoPoint p = new GeoPoint(33.952 + (k / 16) * 0.0012, 116.812 + (k % 16) * 0.0014);
			if (regions.locate(p).flatMap(Location::grid).isPresent()) {
				return p;
			}
		}
	}

	/** A form as a client sends it: application/x-www-form-urlencoded, UTF-8, names and values encoded. */
	static final class Form {

		private final List<String[]> pairs = new ArrayList<>();

		static Form of(String... namesAndValues) {
			Form form = new Form();
			for (int i = 0; i < namesAndValues.length; i += 2) {
				form.add(namesAndValues[i], namesAndValues[i + 1]);
			}
			return form;
		}

		Form add(String name, String value) {
			pairs.add(new String[] { name, value });
			return this;
		}

		Form at(GeoPoint p) {
			return add("lat", String.valueOf(p.lat())).add("long", String.valueOf(p.lon()));
		}

		String encoded() {
			return pairs.stream()
				.map(p -> URLEncoder.encode(p[0], StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(p[1], StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		}
	}

	Api.Response post(String format, Form form) {
		return api.post(BASE + "/requests." + format, "application/x-www-form-urlencoded; charset=utf-8",
				form.encoded());
	}

	Api.Response get(String pathAndQuery) {
		return api.get(BASE + "/" + pathAndQuery);
	}

	/** Parses an XML answer after checking what the spec asks of every one: text/xml, UTF-8, the declaration. */
	static Document xml(Api.Response response) {
		assertThat(response.contentType()).as(response.body()).startsWith("text/xml").containsIgnoringCase("utf-8");
		assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
		}
		catch (Exception e) {
			throw new AssertionError("not well-formed XML: " + response.body(), e);
		}
	}

	/** The text of the first node the XPath selects ("" for an empty element), or null when it selects none. */
	static String x(Node context, String xpath) {
		try {
			Node node = (Node) XPathFactory.newInstance().newXPath().evaluate(xpath, context, XPathConstants.NODE);
			return node == null ? null : node.getTextContent();
		}
		catch (Exception e) {
			throw new AssertionError(xpath, e);
		}
	}

	static List<Node> nodes(Node context, String xpath) {
		try {
			NodeList list = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, context,
					XPathConstants.NODESET);
			List<Node> all = new ArrayList<>();
			for (int i = 0; i < list.getLength(); i++) {
				all.add(list.item(i));
			}
			return all;
		}
		catch (Exception e) {
			throw new AssertionError(xpath, e);
		}
	}

	/** The names of an element's child elements, in order. */
	static List<String> childNames(Node element) {
		List<String> names = new ArrayList<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.ELEMENT_NODE) {
				names.add(child.getNodeName());
			}
		}
		return names;
	}

	/** The staff who take a case at a point through its lifecycle, handling for the given department. */
	record Team(Actor inspector, Actor shiftLeader, Actor dispatcher, Actor handler, Actor operator) {
	}

	Team teamAt(GeoPoint p, String department) {
		Location at = regions.locate(p).orElseThrow();
		long base = staffIds.addAndGet(10);
		return new Team(
				new Actor(base + 1, "t-o311-i", "核查员", Set.of(Role.INSPECTOR), at.community().orElseThrow().code(), null,
						Set.of(at.grid().orElseThrow().code())),
				staff(base + 2, Role.SHIFT_LEADER, at.street().code(), null),
				staff(base + 3, Role.DISPATCHER, at.district().code(), null),
				staff(base + 4, Role.HANDLER, "3406", department),
				staff(base + 5, Role.OPERATOR, at.district().code(), null));
	}

	private static Actor staff(long id, Role role, String scope, String department) {
		return new Actor(id, "t-o311-" + id, "测试" + role.chineseName(), Set.of(role), scope, department, Set.of());
	}

	Case act(Actor actor, long caseId, Action action) {
		return cases.act(actor, caseId, action, ActionCommand.comment("内部备注：张三 13912345678 已处理"));
	}

	Case actWithPhoto(Actor actor, long caseId, Action action) {
		String photo = photos.upload(actor.userId(), new ByteArrayInputStream(TestImages.jpeg(40, 30, photoSeed++)))
			.id()
			.toString();
		return cases.act(actor, caseId, action,
				new ActionCommand("现场照片已上传", null, null, List.of(photo), null, null, null, null, null, null, null));
	}

	Case feedback(Actor operator, long caseId, org.chengguan.cases.Satisfaction rating) {
		return cases.act(operator, caseId, Action.FEEDBACK,
				new ActionCommand(null, null, null, null, rating, null, null, null, null, null, null));
	}

	Case caseOf(long id) {
		return cases.get(null, id);
	}

	/** How many cases came in through Open311, and how many requests the module recorded: what an error must not move. */
	Map<String, Long> counts() {
		return Map.of("cases",
				jdbc.sql("SELECT count(*) FROM cases.\"case\" WHERE channel = 'OPEN311'").query(Long.class).single(),
				"requests", jdbc.sql("SELECT count(*) FROM open311.request").query(Long.class).single());
	}
}
