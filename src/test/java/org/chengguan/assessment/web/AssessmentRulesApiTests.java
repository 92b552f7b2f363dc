package org.chengguan.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * New assessment rules over HTTP: rules an evaluation could not use are refused with their reasons and stored
 * nowhere (a kind without weights once broke every assessment page); usable ones become the next version.
 */
@PlatformTest
class AssessmentRulesApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void unusableRulesAreRefusedAndUsableOnesBecomeTheNextVersion() {
		TestUsers users = new TestUsers(context);
		Api admin = new Api(port).as(users.admin());
		var before = admin.get("/api/v1/assessment/rules");
		assertThat(before.status()).as(before.body()).isEqualTo(200);
		int versions = before.json().size();
		ObjectNode current = (ObjectNode) before.json().get(versions - 1);

		ObjectNode broken = current.deepCopy();
		broken.put("effectiveFrom", "2999-01-01");
		((ObjectNode) broken.get("weights")).remove("inspector");
		var refused = admin.post("/api/v1/assessment/rules", broken.toString());
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("errors").toString()).contains("weights.inspector: required");
		assertThat(admin.get("/api/v1/assessment/rules").json().size()).as("nothing stored").isEqualTo(versions);

		ObjectNode usable = current.deepCopy();
		usable.put("effectiveFrom", "2999-01-01");
		var added = admin.post("/api/v1/assessment/rules", usable.toString());
		assertThat(added.status()).as(added.body()).isBetween(200, 201);
		assertThat(admin.get("/api/v1/assessment/rules").json().size()).isEqualTo(versions + 1);

		var operator = new Api(port).as(users.token(TestUsers.OPERATOR)).post("/api/v1/assessment/rules",
				usable.toString());
		assertThat(operator.status()).isEqualTo(403);
	}
}
