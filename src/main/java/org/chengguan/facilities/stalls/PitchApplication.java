package org.chengguan.facilities.stalls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;

/**
 * 摊位申请: a vendor's application for a pitch of a stall area for a period. The only place its state changes: each
 * method is named for what happens, checks that the application is still pending and records a {@link PitchStep}.
 * Who may do it is decided before ({@code PitchDeciders}); whether the pitch is free is the database's exclusion
 * constraint.
 */
public class PitchApplication {

	private final Long id;

	private final int version;

	private final StallArea area;

	private final long applicantId;

	private final String contactPhone;

	private final List<String> goods;

	private final LocalDate from;

	private final LocalDate to;

	private final Integer preferredPitch;

	private PitchApplicationState state;

	private Integer pitch;

	private String reason;

	private final Instant appliedAt;

	private Long decidedBy;

	private Instant decidedAt;

	private final transient List<PitchStep> changes = new ArrayList<>();

	/** Reconstitutes a stored application; only the store calls this. */
	PitchApplication(Long id, int version, StallArea area, long applicantId, String contactPhone, List<String> goods,
			LocalDate from, LocalDate to, Integer preferredPitch, PitchApplicationState state, Integer pitch,
			String reason, Instant appliedAt, Long decidedBy, Instant decidedAt) {
		this.id = id;
		this.version = version;
		this.area = area;
		this.applicantId = applicantId;
		this.contactPhone = contactPhone;
		this.goods = List.copyOf(goods);
		this.from = from;
		this.to = to;
		this.preferredPitch = preferredPitch;
		this.state = state;
		this.pitch = pitch;
		this.reason = reason;
		this.appliedAt = appliedAt;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	/** A new, pending application of a request already checked against the area. */
	static PitchApplication apply(StallArea area, long applicantId, NewPitchApplication request, Instant now) {
		var created = new PitchApplication(null, 0, area, applicantId, request.contactPhone(), request.goods(),
				request.from(), request.to(), request.preferredPitch(), PitchApplicationState.PENDING, null, null, now,
				null, null);
		created.changes.add(new PitchStep(PitchStep.Action.APPLIED, applicantId, Role.CITIZEN, now, null, null));
		return created;
	}

	/** 批准: gives the pitch for the period. */
	void approve(long officerId, int givenPitch, Instant now) {
		requirePending("approve");
		state = PitchApplicationState.APPROVED;
		pitch = givenPitch;
		decided(officerId, now);
		changes.add(new PitchStep(PitchStep.Action.APPROVED, officerId, Role.OFFICER, now, givenPitch, null));
	}

	/** 不予批准: refuses, saying why. */
	void reject(long officerId, String why, Instant now) {
		requirePending("reject");
		state = PitchApplicationState.REJECTED;
		reason = why;
		decided(officerId, now);
		changes.add(new PitchStep(PitchStep.Action.REJECTED, officerId, Role.OFFICER, now, null, why));
	}

	/** 撤回: the applicant takes it back before anyone decided. */
	void withdraw(Instant now) {
		requirePending("withdraw");
		state = PitchApplicationState.WITHDRAWN;
		decided(applicantId, now);
		changes.add(new PitchStep(PitchStep.Action.WITHDRAWN, applicantId, Role.CITIZEN, now, null, null));
	}

	private void decided(long by, Instant now) {
		decidedBy = by;
		decidedAt = now;
	}

	private void requirePending(String action) {
		if (state != PitchApplicationState.PENDING) {
			throw new ConflictException("Pitch application " + id + " is " + state + " already; only a pending one can "
					+ "be asked to " + action + ".", Map.of("currentState", state.name(), "currentVersion", version));
		}
	}

	/** The steps taken since it was read, for the store to append. */
	List<PitchStep> changes() {
		return List.copyOf(changes);
	}

	public Long id() {
		return id;
	}

	/** The version read; the store writes only over this version (a concurrent decision makes it stale). */
	public int version() {
		return version;
	}

	public StallArea area() {
		return area;
	}

	public long applicantId() {
		return applicantId;
	}

	/** The applicant's phone: personal data, for the applicant and the officers who decide only. */
	public String contactPhone() {
		return contactPhone;
	}

	public List<String> goods() {
		return goods;
	}

	public LocalDate from() {
		return from;
	}

	public LocalDate to() {
		return to;
	}

	public Integer preferredPitch() {
		return preferredPitch;
	}

	public PitchApplicationState state() {
		return state;
	}

	/** The pitch given; null unless approved. */
	public Integer pitch() {
		return pitch;
	}

	/** Why it was rejected; null unless rejected. */
	public String reason() {
		return reason;
	}

	public Instant appliedAt() {
		return appliedAt;
	}

	/** Who approved or rejected it (the applicant, for a withdrawal); null while pending. */
	public Long decidedBy() {
		return decidedBy;
	}

	public Instant decidedAt() {
		return decidedAt;
	}
}
