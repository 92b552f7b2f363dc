package org.chengguan.disclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chengguan.PageSession;
import org.chengguan.TestUsers;
import org.chengguan.disclosure.demo.DemoDisclosureLoader;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.identity.demo.DemoUserLoader;
import org.chengguan.regions.demo.DemoDataLoader;
import org.springframework.context.ApplicationContext;
import org.springframework.web.util.HtmlUtils;

/** What the administrators' page tests share: the demo data, two administrators' sessions, reading a page's form. */
final class AdminPageFixtures {

	/** A second city administrator, so two can edit at once. */
	static final NewUser SECOND_ADMIN = NewUser.staff("t-admin-2", "测试管理员乙", TestUsers.PASSWORD, "3406", Role.ADMIN);

	private AdminPageFixtures() {
	}

	static void load(ApplicationContext context) {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		context.getBean(DemoUserLoader.class).loadIfAbsent();
		context.getBean(DemoDisclosureLoader.class).loadIfAbsent();
		var users = new TestUsers(context);
		users.ensure(TestUsers.ADMIN);
		users.ensure(SECOND_ADMIN);
		users.ensure(TestUsers.OPERATOR);
	}

	static PageSession signIn(int port, NewUser user) {
		return PageSession.signIn(port, user.username(), user.password());
	}

	/** The value of the input with this name on the page (the first one), unescaped. */
	static String value(String html, String name) {
		Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
		assertThat(m.find()).as("an input named %s", name).isTrue();
		Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(m.group());
		return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "";
	}

	/** The values of every input with this name pattern, in page order. */
	static List<String> values(String html, String namePattern) {
		var found = new ArrayList<String>();
		Matcher m = Pattern.compile("<input[^>]*name=\"" + namePattern + "\"[^>]*>").matcher(html);
		while (m.find()) {
			Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(m.group());
			found.add(value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "");
		}
		return found;
	}

	/** The text of the element with this id (tags removed, whitespace collapsed), unescaped. */
	static String text(String html, String id) {
		Matcher open = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		assertThat(open.find()).as("an element #%s", id).isTrue();
		String tag = open.group(1);
		Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(html);
		int depth = 1;
		int at = open.end();
		while (depth > 0 && tags.find(at)) {
			depth += tags.group(1).isEmpty() ? 1 : -1;
			at = tags.end();
			if (depth == 0) {
				String inner = html.substring(open.end(), tags.start());
				return HtmlUtils.htmlUnescape(inner.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
			}
		}
		throw new AssertionError("#" + id + " is not closed");
	}

	static boolean has(String html, String id) {
		return html.contains("id=\"" + id + "\"");
	}

	/** A document form's fields: title, intro and entries as (heading, text) pairs, based on {@code basedOn}. */
	static List<Map.Entry<String, String>> documentForm(int basedOn, String title, String intro, String... headingsAndTexts) {
		var fields = new ArrayList<Map.Entry<String, String>>();
		fields.add(Map.entry("basedOn", Integer.toString(basedOn)));
		fields.add(Map.entry("title", title));
		fields.add(Map.entry("intro", intro));
		for (int i = 0; i < headingsAndTexts.length; i += 2) {
			fields.add(Map.entry("entries[" + i / 2 + "].heading", headingsAndTexts[i]));
			fields.add(Map.entry("entries[" + i / 2 + "].text", headingsAndTexts[i + 1]));
		}
		return fields;
	}

	static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> fields, String name, String value) {
		var all = new ArrayList<>(fields);
		all.add(Map.entry(name, value));
		return all;
	}
}
