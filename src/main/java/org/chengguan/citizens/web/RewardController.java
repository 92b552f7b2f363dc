package org.chengguan.citizens.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.citizens.rewards.JournalKind;
import org.chengguan.citizens.rewards.LedgerLine;
import org.chengguan.citizens.rewards.Payout;
import org.chengguan.citizens.rewards.PayoutStatus;
import org.chengguan.citizens.rewards.RewardPayouts;
import org.chengguan.citizens.rewards.RewardReports;
import org.chengguan.citizens.rewards.RewardStatement;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in citizen's rewards (我的奖励): balance, history, payout. Amounts are in fen (分). */
@RestController
@RequestMapping("/api/v1/me/rewards")
@Tag(name = "citizens")
class RewardController {

	private final RewardReports reports;

	private final RewardPayouts payouts;

	private final Actors actors;

	RewardController(RewardReports reports, RewardPayouts payouts, Actors actors) {
		this.reports = reports;
		this.payouts = payouts;
		this.actors = actors;
	}

	record LineResponse(Instant at, JournalKind kind, long amountFen, Long caseId, String caseNumber, String tariff,
			Long payoutId, PayoutStatus payoutStatus) {

		static LineResponse of(LedgerLine line) {
			return new LineResponse(line.at(), line.kind(), line.amount().fen(), line.caseId(), line.caseNumber(),
					line.tariff(), line.payoutId(), line.payoutStatus());
		}
	}

	record HistoryResponse(List<LineResponse> items, int page, int size, long total) {
	}

	record RewardsResponse(long balanceFen, long creditedFen, long paidFen, long inPaymentFen, long minimumPayoutFen,
			HistoryResponse history) {

		static RewardsResponse of(RewardStatement s) {
			var lines = s.history().map(LineResponse::of);
			return new RewardsResponse(s.balance().fen(), s.credited().fen(), s.paid().fen(), s.inPayment().fen(),
					s.minimumPayout().fen(), new HistoryResponse(lines.items(), lines.page(), lines.size(),
							lines.total()));
		}
	}

	record PayoutResponse(long id, long amountFen, PayoutStatus status, String channel, Instant requestedAt,
			int attempts, Instant paidAt, String reference, String note, String lastError) {

		static PayoutResponse of(Payout p) {
			return new PayoutResponse(p.id(), p.amount().fen(), p.status(), p.channel(), p.requestedAt(), p.attempts(),
					p.paidAt(), p.reference(), p.note(), p.lastError());
		}
	}

	@Operation(summary = "The signed-in user's reward balance, totals and history (newest first), in fen")
	@GetMapping
	RewardsResponse rewards(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		Actor me = actors.require();
		return RewardsResponse.of(reports.statement(me.userId(), page, size));
	}

	@Operation(summary = "Pays out the signed-in user's whole balance",
			description = "202 with the payout (PENDING; the payout channel pays it within seconds). A retry with the "
					+ "same Idempotency-Key answers 200 with the same payout and pays nothing more. A balance below "
					+ "the minimum payout is a 409 with balanceFen and minimumPayoutFen. The default payout channel "
					+ "records the payout and moves no money.")
	@PostMapping("/payout")
	ResponseEntity<PayoutResponse> payout(@Parameter(description = "a client-chosen key, 1 to 200 characters") @RequestHeader(
			name = "Idempotency-Key", required = false) String idempotencyKey) {
		Actor me = actors.require();
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
			throw new InvalidInputException("Idempotency-Key must be 1 to 200 characters");
		}
		var requested = payouts.request(me.userId(), idempotencyKey);
		return ResponseEntity.status(requested.created() ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(PayoutResponse.of(requested.payout()));
	}
}
