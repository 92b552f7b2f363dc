package org.chengguan.identity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.identity.internal.AuditEntry;
import org.chengguan.identity.internal.SignInAudit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sign-in audit (登录日志) for administrators, newest first. */
@RestController
@Tag(name = "identity")
class AuditController {

	private final SignInAudit audit;

	AuditController(SignInAudit audit) {
		this.audit = audit;
	}

	@Operation(summary = "Sign-ins, failures, codes sent and sign-outs, newest first (phones masked)")
	@GetMapping("/api/v1/auth/audit")
	PageResponse<AuditEntry> audit(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.of(audit.page(page, size));
	}
}
