package org.chengguan.open311.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.open311.internal.ServiceCatalogue.Service;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POST requests: checks the form as the spec defines it and reports the problem through the cases module's intake,
 * the same as every other channel (location, routing, duplicates, idempotency), in one transaction with the
 * module's own record of it. Nothing is written when anything is wrong.
 */
@Component
public class Submission {

	private static final SecureRandom random = new SecureRandom();

	private final ServiceCatalogue services;

	private final SubmittedForm.Reader forms;

	private final CaseManagement cases;

	private final RequestRecords records;

	private final PublicTexts texts;

	private final PublicNames names;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	private final Clock clock;

	Submission(ServiceCatalogue services, SubmittedForm.Reader forms, CaseManagement cases, RequestRecords records,
			PublicTexts texts, PublicNames names, TransactionTemplate transaction, JdbcClient jdbc, Clock clock) {
		this.services = services;
		this.forms = forms;
		this.cases = cases;
		this.records = records;
		this.texts = texts;
		this.names = names;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the client is told: the new request's id and token, and what will happen about it. */
	public record Submitted(long serviceRequestId, String token, String serviceNotice, boolean created) {
	}

	/**
	 * Takes in a client's form. With an {@code Idempotency-Key}, a retry answers with the request the first attempt
	 * created and creates nothing.
	 *
	 * @throws Open311Exception 404 for an unknown service_code, 400 listing every other fault
	 */
	public Submitted submit(ApiClient client, Map<String, String[]> parameters, String idempotencyKey) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
			throw Open311Exception.badRequest("Idempotency-Key must be 1 to 200 characters");
		}
		SubmittedForm form = forms.read(parameters, clock.instant());
		Actor actor = clientActor(client);
		ReportCommand command = new ReportCommand(form.service().code(), form.caseDescription(), form.point().lat(),
				form.point().lon(), "wgs84", Channel.OPEN311, List.of(), form.contactName(), form.phone(), false,
				null);
		return transaction.execute(status -> {
			if (idempotencyKey != null) {
				// a retry waits for the first attempt with the same key to commit, then finds its case
				jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
					.param("open311:" + client.id() + ":" + idempotencyKey)
					.query((RowCallbackHandler) rs -> {
					});
			}
			CaseManagement.Reported reported = cases.report(actor, command, idempotencyKey);
			Case c = reported.reported();
			RequestRecords.Record record = records.byCase(c.id()).orElseGet(() -> {
				RequestRecords.Record fresh = new RequestRecords.Record(c.id(), newToken(), client.id(),
						form.mediaUrl(), clock.instant());
				records.insert(fresh);
				return fresh;
			});
			return new Submitted(c.id(), record.token(), notice(c, form.service()), reported.created());
		});
	}

	/**
	 * An Open311 client reports as itself: no user account, the negative of its id (users' ids are positive, so it
	 * can never be mistaken for one), in the role the cases module asks of this channel.
	 */
	static Actor clientActor(ApiClient client) {
		return new Actor(-client.id(), "open311-client-" + client.id(), client.name(), Set.of(Role.ADMIN), null,
				null, Set.of());
	}

	private String notice(Case c, Service service) {
		if (c.status() == CaseStatus.DUPLICATE && c.masterCaseId() != null) {
			return texts.text("duplicate.notice", String.valueOf(c.masterCaseId()));
		}
		return services.notice(service.code(), names.routed(c.categoryCode(), c.region().finest()));
	}

	private static String newToken() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
