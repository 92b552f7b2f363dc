package org.chengguan.disclosure.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.disclosure.Disclosure;
import org.chengguan.disclosure.DocumentKind;
import org.chengguan.disclosure.internal.WorkflowChart;
import org.chengguan.disclosure.web.DisclosureJson.CommunityJson;
import org.chengguan.disclosure.web.DisclosureJson.DocumentJson;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What is disclosed for a community (「一图两单三册」 and its officers), public. */
@Tag(name = "disclosure")
@RestController
class DisclosureController {

	static final String SVG = "image/svg+xml";

	private final Disclosure disclosure;

	private final CatalogueManagement catalogue;

	private final WorkflowChart chart;

	DisclosureController(Disclosure disclosure, CatalogueManagement catalogue, WorkflowChart chart) {
		this.disclosure = disclosure;
		this.catalogue = catalogue;
		this.chart = chart;
	}

	record Handbooks(DocumentJson district, DocumentJson street, DocumentJson community) {
	}

	record CommunityDisclosureResponse(CommunityJson community, DocumentJson dutyList, DocumentJson itemList,
			Handbooks handbooks, String workflowChart) {
	}

	@Operation(summary = "Everything disclosed for a community",
			description = "Its officers (a phone only where the duty makes it public), station, supervision phone and "
					+ "complaint method (监督方式); the public versions of the duty list (职责清单), the item list (事项清单, "
					+ "each matter with its legal basis and department) and the handbooks (三册); the workflow chart's URL. "
					+ "A document never published is absent.")
	@GetMapping("/api/v1/disclosure/{communityCode}")
	CommunityDisclosureResponse community(@PathVariable String communityCode) {
		CommunityJson community = CommunityJson.of(disclosure.community(communityCode));
		return new CommunityDisclosureResponse(community, document(DocumentKind.DUTY_LIST),
				document(DocumentKind.ITEM_LIST), new Handbooks(document(DocumentKind.HANDBOOK_DISTRICT),
						document(DocumentKind.HANDBOOK_STREET), document(DocumentKind.HANDBOOK_COMMUNITY)),
				"/api/v1/disclosure/workflow.svg");
	}

	@Operation(summary = "The workflow chart (城管进社区工作流程图) as SVG",
			description = "Drawn from the platform's case lifecycle; Chinese unless ?lang=en.")
	@GetMapping(path = "/api/v1/disclosure/workflow.svg", produces = SVG)
	ResponseEntity<String> workflow(Locale locale) {
		return ResponseEntity.ok()
			.header("Content-Type", SVG + ";charset=UTF-8")
			.cacheControl(CacheControl.noCache())
			.body(chart.svg(locale));
	}

	private DocumentJson document(DocumentKind kind) {
		return disclosure.published(kind).map(d -> DocumentJson.of(d, catalogue)).orElse(null);
	}
}
