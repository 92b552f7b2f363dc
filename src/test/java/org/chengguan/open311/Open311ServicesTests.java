package org.chengguan.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.open311.Open311Fixtures.childNames;
import static org.chengguan.open311.Open311Fixtures.nodes;
import static org.chengguan.open311.Open311Fixtures.x;
import static org.chengguan.open311.Open311Fixtures.xml;
import static org.chengguan.open311.Open311RoundTripTests.fieldNames;
import static org.chengguan.open311.Open311RoundTripTests.find;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.PlatformTest;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

/** Discovery, the service list and the service definitions, element by element, and their errors. */
@PlatformTest
class Open311ServicesTests {

	static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata",
			"type", "keywords", "group");

	static final List<String> ATTRIBUTE_FIELDS = List.of("variable", "code", "datatype", "required",
			"datatype_description", "order", "description", "values");

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogueManagement catalogue;

	Open311Fixtures f;

	@BeforeEach
	void setUp() {
		f = new Open311Fixtures(context);
	}

	@Test
	void discoveryNamesTheEndpointItsFormatsAndHowToGetAKeyInBothFormats() {
		Document doc = xml(f.get("discovery.xml"));
		assertThat(childNames(doc.getDocumentElement())).containsExactly("changeset", "contact", "key_service",
				"endpoints");
		Node endpoint = nodes(doc, "/discovery/endpoints/endpoint").get(0);
		assertThat(childNames(endpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
		assertThat(x(endpoint, "type")).isEqualTo("production");
		assertThat(x(doc, "/discovery/key_service")).contains("/api/v1/open311/clients");
		JsonNode json = f.get("discovery.json").json();
		assertThat(json.isObject()).isTrue();
		assertThat(fieldNames(json)).containsExactly("changeset", "contact", "key_service", "endpoints");
		JsonNode jsonEndpoint = json.get("endpoints").get(0);
		assertThat(jsonEndpoint.get("url").asString()).isEqualTo(x(endpoint, "url"));
		assertThat(jsonEndpoint.get("formats").get(1).asString()).isEqualTo("application/json");
	}

	@Test
	void servicesAreTheActiveCategoriesWithTheirGroupKeywordsAndMetadata() {
		Set<String> active = catalogue.categories().stream().filter(Category::active).map(Category::code)
			.collect(Collectors.toSet());
		Document doc = xml(f.get("services.xml"));
		List<Node> services = nodes(doc, "/services/service");
		assertThat(services).extracting(s -> x(s, "service_code")).containsExactlyInAnyOrderElementsOf(active);
		assertThat(services).allSatisfy(s -> {
			assertThat(childNames(s)).containsExactlyElementsOf(SERVICE_FIELDS);
			assertThat(x(s, "type")).isEqualTo("realtime");
			assertThat(x(s, "metadata")).isEqualTo(String.valueOf(x(s, "service_code").startsWith("C")));
		});
		Node cover = nodes(doc, "/services/service[service_code='C0101']").get(0);
		assertThat(x(cover, "group")).isEqualTo("部件/公用设施");
		assertThat(x(cover, "keywords")).contains("部件0101").contains("供水公司");
		assertThat(x(cover, "description")).startsWith("上水井盖（部件0101）。立案标准：");
		Node garbage = nodes(doc, "/services/service[service_code='E0102']").get(0);
		assertThat(x(garbage, "group")).isEqualTo("事件/市容环境");
		assertThat(x(garbage, "service_name")).isEqualTo("暴露垃圾");

		JsonNode json = f.get("services.json?jurisdiction_id=").json();
		assertThat(json.isArray()).isTrue();
		assertThat(json.size()).isEqualTo(services.size());
		JsonNode jsonCover = find(json, "service_code", "C0101");
		assertThat(fieldNames(jsonCover)).containsExactlyElementsOf(SERVICE_FIELDS);
		assertThat(jsonCover.get("metadata").isBoolean()).isTrue();
		assertThat(jsonCover.get("group").asString()).isEqualTo("部件/公用设施");
	}

	@Test
	void aComponentsDefinitionAsksForItsAttributesInTheSixDatatypes() {
		Document doc = xml(f.get("services/C0101.xml"));
		assertThat(x(doc, "/service_definition/service_code")).isEqualTo("C0101");
		List<Node> attributes = nodes(doc, "/service_definition/attributes/attribute");
		assertThat(attributes).allSatisfy(a -> {
			assertThat(childNames(a)).containsExactlyElementsOf(ATTRIBUTE_FIELDS);
			assertThat(x(a, "variable")).isEqualTo("true");
			assertThat(x(a, "description")).isNotBlank();
			assertThat(x(a, "datatype_description")).isNotBlank();
		});
		assertThat(attributes).extracting(a -> x(a, "datatype")).containsExactlyInAnyOrder("string", "number",
				"datetime", "text", "singlevaluelist", "multivaluelist");
		assertThat(attributes).extracting(a -> x(a, "order")).containsExactly("1", "2", "3", "4", "5", "6");
		Node condition = nodes(doc, "//attribute[code='condition']").get(0);
		assertThat(x(condition, "required")).isEqualTo("true");
		assertThat(x(condition, "description")).isEqualTo("部件状况");
		assertThat(nodes(condition, "values/value/key")).extracting(Node::getTextContent)
			.containsExactly("damaged", "missing", "displaced", "soiled", "other");
		assertThat(x(condition, "values/value[key='damaged']/name")).isEqualTo("破损");
		assertThat(nodes(doc, "//attribute[code='count']/values/value")).isEmpty();

		JsonNode json = f.get("services/C0101.json").json();
		assertThat(json.get("service_code").asString()).isEqualTo("C0101");
		JsonNode jsonCondition = find(json.get("attributes"), "code", "condition");
		assertThat(fieldNames(jsonCondition)).containsExactlyElementsOf(ATTRIBUTE_FIELDS);
		assertThat(jsonCondition.get("required").asBoolean()).isTrue();
		assertThat(jsonCondition.get("order").asInt()).isEqualTo(1);
		assertThat(jsonCondition.get("values").get(0).get("key").asString()).isEqualTo("damaged");
		assertThat(jsonCondition.get("values").get(0).get("name").asString()).isEqualTo("破损");

		JsonNode english = f.get("services/C0101.json?lang=en").json();
		assertThat(find(english.get("attributes"), "code", "condition").get("description").asString())
			.isEqualTo("Condition of the component");
	}

	@Test
	void anEventAsksNothingBeyondTheDescriptionAndTheLocation() {
		Document doc = xml(f.get("services/事件0102.xml"));
		assertThat(x(doc, "/service_definition/service_code")).isEqualTo("E0102");
		assertThat(nodes(doc, "/service_definition/attributes")).hasSize(1);
		assertThat(nodes(doc, "/service_definition/attributes/attribute")).isEmpty();
	}

	@Test
	void anUnknownServiceOrJurisdictionIsA404InTheSpecsErrorFormat() {
		var unknown = f.get("services/X9999.xml");
		assertThat(unknown.status()).isEqualTo(404);
		Document errors = xml(unknown);
		assertThat(x(errors, "/errors/error/code")).isEqualTo("404");
		assertThat(x(errors, "/errors/error/description")).contains("X9999");
		assertThat(childNames(nodes(errors, "/errors/error").get(0))).containsExactly("code", "description");

		var unknownJson = f.get("services/X9999.json");
		assertThat(unknownJson.status()).isEqualTo(404);
		assertThat(unknownJson.isProblem()).isFalse();
		assertThat(unknownJson.contentType()).startsWith("application/json");
		assertThat(unknownJson.json().isArray()).isTrue();
		assertThat(unknownJson.json().get(0).get("code").asInt()).isEqualTo(404);

		var otherCity = f.get("services.json?jurisdiction_id=sfgov.org");
		assertThat(otherCity.status()).isEqualTo(404);
		assertThat(otherCity.json().get(0).get("description").asString()).contains("sfgov.org")
			.contains("huaibei.gov.cn");
		assertThat(f.get("services.xml?jurisdiction_id=HUAIBEI.GOV.CN").status()).isEqualTo(200);
	}

	@Test
	void pathsTheSpecDoesNotKnowAnswerInItsFormatNotAsProblemDetails() {
		var unknownFormat = f.get("services.html");
		assertThat(unknownFormat.status()).isEqualTo(404);
		assertThat(x(xml(unknownFormat), "/errors/error/code")).isEqualTo("404");

		var unknownPath = f.get("nothing.json");
		assertThat(unknownPath.status()).isEqualTo(404);
		assertThat(unknownPath.isProblem()).isFalse();
		assertThat(unknownPath.json().get(0).get("description").asString()).contains("discovery");

		var wrongMethod = f.api.send(Open311Fixtures.BASE + "/requests.xml",
				b -> b.method("PUT", HttpRequest.BodyPublishers.ofString("x")).header("Content-Type", "text/plain"));
		assertThat(wrongMethod.status()).isEqualTo(404);
		assertThat(x(xml(wrongMethod), "/errors/error/description")).contains("PUT");
	}
}
