package org.chengguan.disclosure;

import org.chengguan.Api;
import org.chengguan.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What the disclosure API's tests share: the demo disclosure data, and the public, an administrator and an operator
 * (who may not edit) at the API.
 */
abstract class DisclosureApiSupport {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Api anonymous;

	Api admin;

	Api operator;

	@BeforeEach
	void signIn() {
		DisclosureFixtures.load(context);
		var users = new TestUsers(context);
		anonymous = new Api(port);
		admin = anonymous.as(users.admin());
		operator = anonymous.as(users.token(TestUsers.OPERATOR));
	}
}
