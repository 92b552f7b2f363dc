package org.chengguan.facilities.stalls;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chengguan.platform.ConflictException;

/**
 * 摊贩登记: a citizen's registration as a street vendor, verified (核验) or rejected by an officer of the street it is
 * registered in. Its state changes only here: {@link #verify} and {@link #reject} need it pending; a rejected one may
 * be corrected and submitted again ({@link #resubmit}), which makes it pending again. A verified one is final.
 */
public class VendorRegistration {

	private final Long id;

	private final int version;

	private final long userId;

	private String name;

	private String phone;

	private String idNumber;

	private List<String> goods;

	private String streetCode;

	private VendorState state;

	private String reason;

	private Instant registeredAt;

	private Long decidedBy;

	private Instant decidedAt;

	private final boolean hasPhoto;

	VendorRegistration(Long id, int version, long userId, String name, String phone, String idNumber,
			List<String> goods, String streetCode, VendorState state, String reason, Instant registeredAt,
			Long decidedBy, Instant decidedAt, boolean hasPhoto) {
		this.id = id;
		this.version = version;
		this.userId = userId;
		this.name = name;
		this.phone = phone;
		this.idNumber = idNumber;
		this.goods = List.copyOf(goods);
		this.streetCode = streetCode;
		this.state = state;
		this.reason = reason;
		this.registeredAt = registeredAt;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.hasPhoto = hasPhoto;
	}

	/** A new, pending registration of details already checked (phone and ID number normalised). */
	static VendorRegistration register(long userId, NewVendorRegistration details, Instant now) {
		return new VendorRegistration(null, 0, userId, details.name(), details.phone(), details.idNumber(),
				details.goods(), details.streetCode(), VendorState.PENDING, null, now, null, null, false);
	}

	/** Corrects a pending or rejected registration; it is pending again. A verified one cannot change. */
	void resubmit(NewVendorRegistration details, Instant now) {
		if (state == VendorState.VERIFIED) {
			throw new ConflictException("The vendor registration is verified already and cannot be changed; ask an "
					+ "officer of your street.", Map.of("currentState", state.name(), "currentVersion", version));
		}
		name = details.name();
		phone = details.phone();
		idNumber = details.idNumber();
		goods = List.copyOf(details.goods());
		streetCode = details.streetCode();
		state = VendorState.PENDING;
		reason = null;
		registeredAt = now;
		decidedBy = null;
		decidedAt = null;
	}

	/** 核验通过. */
	void verify(long officerId, Instant now) {
		requirePending("verify");
		state = VendorState.VERIFIED;
		decidedBy = officerId;
		decidedAt = now;
	}

	/** 不予通过, saying why. */
	void reject(long officerId, String why, Instant now) {
		requirePending("reject");
		state = VendorState.REJECTED;
		reason = why;
		decidedBy = officerId;
		decidedAt = now;
	}

	private void requirePending(String action) {
		if (state != VendorState.PENDING) {
			throw new ConflictException("Vendor registration " + id + " is " + state + " already; only a pending one "
					+ "can be asked to " + action + ".", Map.of("currentState", state.name(), "currentVersion", version));
		}
	}

	public Long id() {
		return id;
	}

	/** The version read; the store writes only over it. */
	public int version() {
		return version;
	}

	public long userId() {
		return userId;
	}

	/** The vendor's name (personal data: the vendor and the officers of the street). */
	public String name() {
		return name;
	}

	/** The phone in full: for the vendor only; others get {@link #maskedPhone()}. */
	public String phone() {
		return phone;
	}

	public String maskedPhone() {
		return org.chengguan.identity.PhoneNumber.mask(phone);
	}

	/** The ID card number in full: for the vendor only; others get {@link #maskedIdNumber()}. */
	public String idNumber() {
		return idNumber;
	}

	public String maskedIdNumber() {
		return IdCardNumber.mask(idNumber);
	}

	public List<String> goods() {
		return goods;
	}

	public String streetCode() {
		return streetCode;
	}

	public VendorState state() {
		return state;
	}

	/** Why it was rejected; null unless rejected. */
	public String reason() {
		return reason;
	}

	/** When it was (last) submitted. */
	public Instant registeredAt() {
		return registeredAt;
	}

	public Long decidedBy() {
		return decidedBy;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public boolean hasPhoto() {
		return hasPhoto;
	}
}
