package org.chengguan.engagement;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.engagement.internal.HotlineCalls;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.regions.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hotline (热线): registering calls, replying to suggestions, logging answer-backs (回访). Each command is one
 * transaction: a complaint's call and its case (reported through {@link CaseManagement#report} on the HOTLINE
 * channel, with the idempotency key {@code hotline-call:<id>}) commit together or not at all; an answer-back's log
 * and the satisfaction it records on the case likewise.
 */
@Service
public class Hotline {

	/** The most calls a list returns. */
	public static final int MAX_LIST = 200;

	private static final Logger log = LoggerFactory.getLogger(Hotline.class);

	private final HotlineCalls calls;

	private final CaseManagement cases;

	private final RegionDirectory regions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Hotline(HotlineCalls calls, CaseManagement cases, RegionDirectory regions, TransactionTemplate transaction,
			Clock clock) {
		this.calls = calls;
		this.cases = cases;
		this.regions = regions;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Registers a call taken by an OPERATOR. A complaint becomes a case (its location in the operator's scope); a
	 * consultation is closed with its answer; a suggestion waits for a reply. With an idempotency key, a retry answers
	 * with the call the first attempt registered and registers nothing. Requires the OPERATOR role (403), complete
	 * input (400, every fault listed), a location inside the city for a complaint (422).
	 */
	public HotlineCall register(Actor operator, NewCall call, String idempotencyKey) {
		requireOperator(operator);
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null) {
			Optional<HotlineCall> earlier = calls.byKey(operator.userId(), key);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		String phone = checked(call);
		try {
			long id = transaction.execute(status -> call.kind() == CallKind.COMPLAINT
					? complaint(operator, call, phone, key) : other(operator, call, phone, key));
			HotlineCall stored = calls.find(id).orElseThrow();
			log.info("hotline call {} ({}) from {} taken by user {}", id, call.kind(), stored.maskedPhone(),
					operator.userId());
			return stored;
		}
		catch (DuplicateKeyException e) {
			// a concurrent retry with the same key committed first: its call (and case) stand, ours rolled back
			return calls.byKey(operator.userId(), key).orElseThrow(() -> e);
		}
	}

	private long complaint(Actor operator, NewCall call, String phone, String key) {
		long id = calls.nextId();
		var report = new ReportCommand(call.categoryCode(), call.content().strip(), call.lat(), call.lon(), call.crs(),
				Channel.HOTLINE, List.of(), blankToNull(call.callerName()), phone, false, List.of());
		Case reported = cases.report(operator, report, "hotline-call:" + id).reported();
		String region = reported.region().finest();
		if (!operator.covers(region)) {
			throw new ForbiddenException("the complaint's place (region " + region + ") lies outside this operator's "
					+ "scope " + operator.scopeRegionCode() + ": an operator of that district registers it");
		}
		calls.insertComplaintWithId(id, blankToNull(call.callerName()), phone, call.content().strip(), region,
				operator.userId(), clock.instant(), key, reported.id(), reported.number(), reported.status().name());
		return id;
	}

	private long other(Actor operator, NewCall call, String phone, String key) {
		String region = call.regionCode() == null || call.regionCode().isBlank() ? operator.scopeRegionCode()
				: call.regionCode().strip();
		if (region == null || regions.region(region).isEmpty()) {
			throw new InvalidInputException("regionCode: no region has the code '" + region + "'");
		}
		if (!operator.covers(region)) {
			throw new ForbiddenException("the region " + region + " lies outside this operator's scope "
					+ operator.scopeRegionCode());
		}
		boolean answered = call.kind() == CallKind.CONSULTATION;
		return calls.insert(call.kind(), answered ? CallState.ANSWERED : CallState.AWAITING_REPLY,
				blankToNull(call.callerName()), phone, call.content().strip(),
				answered ? call.answer().strip() : blankToNull(call.answer()), region, operator.userId(),
				clock.instant(), key, null);
	}

	/** A call, to the staff of its region (OPERATOR, SHIFT_LEADER, LEADER, ADMIN); 404 or 403 otherwise. */
	public HotlineCall get(Actor actor, long id) {
		HotlineCall call = calls.find(id).orElseThrow(() -> new NotFoundException("No hotline call has the id " + id + "."));
		requireReader(actor);
		if (!actor.covers(call.regionCode())) {
			throw new ForbiddenException("the call (region " + call.regionCode() + ") lies outside your scope "
					+ actor.scopeRegionCode());
		}
		return call;
	}

	/**
	 * Whether the actor sees the caller's full number on the call's own screen: an OPERATOR whose scope covers the
	 * call — the one who takes, answers and calls back. Lists never show it in full.
	 */
	public static boolean seesPhone(Actor actor, HotlineCall call) {
		return actor.has(Role.OPERATOR) && actor.covers(call.regionCode());
	}

	/** Calls of the actor's scope, newest first, by kind and state if given; {@code awaitingAnswerBack} the closed cases'. */
	public List<HotlineCall> list(Actor actor, CallKind kind, CallState state, boolean awaitingAnswerBack, int limit) {
		requireReader(actor);
		return calls.list(actor.scopeRegionCode(), kind, state, awaitingAnswerBack, Math.max(1, Math.min(limit, MAX_LIST)));
	}

	/** Replies to a suggestion (建议) awaiting one: an OPERATOR of its region; 409 if answered meanwhile. */
	public HotlineCall reply(Actor operator, long id, String answer, Integer expectedVersion) {
		HotlineCall call = get(operator, id);
		requireOperator(operator);
		if (answer == null || answer.isBlank() || answer.strip().length() > 4000) {
			throw new InvalidInputException("answer: the reply, 1–4000 characters");
		}
		if (call.state() != CallState.AWAITING_REPLY) {
			throw new ConflictException("The call is " + call.state() + ": only a suggestion awaiting its reply takes one.");
		}
		int version = expectedVersion == null ? call.version() : expectedVersion;
		if (!calls.reply(id, version, answer.strip(), operator.userId(), clock.instant())) {
			throw new ConflictException("The call changed since you read it: reload it.");
		}
		return calls.find(id).orElseThrow();
	}

	/**
	 * Logs an answer-back call (回访) to the reporter of a closed hotline case: an OPERATOR of its region. When the
	 * caller was reached and gave a satisfaction, it is recorded on the case (the lifecycle's FEEDBACK: 满意 and 基本满意
	 * end the case, 不满意 reopens it) in the same transaction. 409 unless the case is closed and waits for the answer
	 * back; 400 for a satisfaction without reaching the caller, or attempts outside 1–20.
	 */
	public AnswerBack answerBack(Actor operator, long id, NewAnswerBack result) {
		HotlineCall call = get(operator, id);
		requireOperator(operator);
		List<String> faults = CallRules.faults(result);
		int attempts = result.attempts() == null ? 1 : result.attempts();
		if (!faults.isEmpty()) {
			throw new InvalidInputException("The answer-back cannot be logged: " + String.join("; ", faults), faults);
		}
		if (call.kind() != CallKind.COMPLAINT) {
			throw new ConflictException("Only a complaint's case is answered back; this call is a " + call.kind() + ".");
		}
		return transaction.execute(status -> {
			calls.lock(id);
			Case c = cases.get(operator, call.caseId());
			if (c.status() != CaseStatus.CLOSED) {
				throw new ConflictException("The case " + c.number() + " is " + c.status()
						+ ": answer-back calls are made once it is closed and before it is answered back.");
			}
			boolean record = result.reached() && result.satisfaction() != null;
			if (record) {
				cases.act(operator, c.id(), Action.FEEDBACK, new ActionCommand(blankToNull(result.comment()), null, null,
						null, result.satisfaction(), null, null, null, null, null, null));
			}
			long answerId = calls.insertAnswerBack(id, c.id(), operator.userId(), clock.instant(), result.reached(),
					attempts, result.satisfaction(), blankToNull(result.comment()), record);
			return calls.answerBacks(id).stream().filter(a -> a.id() == answerId).findFirst().orElseThrow();
		});
	}

	/** The answer-back calls of a call, oldest first (to the staff who may read the call). */
	public List<AnswerBack> answerBacks(Actor actor, long id) {
		get(actor, id);
		return calls.answerBacks(id);
	}

	/** Every fault of the call's input at once (400); answers the caller's phone as stored. */
	private static String checked(NewCall call) {
		List<String> faults = CallRules.faults(call);
		if (!faults.isEmpty()) {
			throw new InvalidInputException("The call cannot be registered: " + String.join("; ", faults), faults);
		}
		return CallerPhones.normalise(call.callerPhone());
	}

	private static void requireOperator(Actor actor) {
		if (!actor.has(Role.OPERATOR)) {
			throw new ForbiddenException("this needs the role OPERATOR (受理员): hotline calls are taken by operators");
		}
	}

	private static void requireReader(Actor actor) {
		if (!(actor.has(Role.OPERATOR) || actor.has(Role.SHIFT_LEADER) || actor.has(Role.LEADER)
				|| actor.has(Role.ADMIN)) || actor.scopeRegionCode() == null) {
			throw new ForbiddenException("hotline calls are read by operators, shift leaders, leaders and "
					+ "administrators within their region scope");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** When the case a complaint became moves on: keeps the call's copy of its status current. */
	void caseMoved(long caseId, CaseStatus to) {
		calls.caseMoved(caseId, to.name());
	}
}
