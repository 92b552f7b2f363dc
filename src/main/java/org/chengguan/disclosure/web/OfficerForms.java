package org.chengguan.disclosure.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chengguan.disclosure.internal.OfficerFields;
import org.chengguan.disclosure.internal.OfficerProfile;
import org.chengguan.disclosure.internal.Supervisions;
import org.chengguan.platform.InvalidInputException;

/**
 * The forms of the officers' page as posted, all text (a number that is not one is a fault shown next to its field,
 * not a failed request), and the faults of the disclosure module mapped to the fields they name.
 */
final class OfficerForms {

	private OfficerForms() {
	}

	/**
	 * An officer's form. {@code phonePublic} is "true" when ticked; {@code userId} is blank for none;
	 * {@code expectedVersion} the profile's version when the page was shown (absent when adding); {@code formKey}
	 * made when the add form was shown, so that form sent twice adds one officer.
	 */
	record OfficerForm(String name, String duty, String phone, String phonePublic, String position, String userId,
			String expectedVersion, String formKey) {

		static OfficerForm blank() {
			return new OfficerForm("", "", "", null, "0", "", null, UUID.randomUUID().toString());
		}

		static OfficerForm of(OfficerProfile p) {
			return new OfficerForm(p.name(), p.duty(), p.phone(), p.phonePublic() ? "true" : null,
					Integer.toString(p.position()), p.userId() == null ? "" : p.userId().toString(),
					Integer.toString(p.version()), null);
		}

		public boolean isPhonePublic() {
			return "true".equals(phonePublic);
		}

		/** The fields, with faults for the numbers that are not numbers added to {@code faults}. */
		OfficerFields fields(List<String> faults) {
			Integer order = number(position, "position", faults, 0);
			Long user = null;
			if (userId != null && !userId.isBlank()) {
				try {
					user = Long.valueOf(userId.strip());
				}
				catch (NumberFormatException e) {
					faults.add("userId: not a user");
				}
			}
			return new OfficerFields(strip(name), strip(duty), strip(phone), isPhonePublic(), order == null ? 0 : order,
					user);
		}

		/**
		 * The version the form was based on.
		 *
		 * @throws InvalidInputException if the form carries none (a form not made by the page)
		 */
		int version() {
			Integer version = number(expectedVersion, "expectedVersion", new ArrayList<>(), null);
			if (version == null) {
				throw new InvalidInputException("The form does not say which version of the officer it changes "
						+ "(expectedVersion was '" + expectedVersion + "'): open the page again.");
			}
			return version;
		}
	}

	/** The supervision contact's form; {@code expectedVersion} 0 when the community had none of its own. */
	record SupervisionForm(String supervisionPhone, String complaintMethod, String expectedVersion) {

		static SupervisionForm of(Supervisions.Supervision s, int version) {
			return new SupervisionForm(s.supervisionPhone(), s.complaintMethod(), Integer.toString(version));
		}

		Supervisions.Supervision supervision() {
			return new Supervisions.Supervision(supervisionPhone, complaintMethod);
		}

		int version() {
			Integer version = number(expectedVersion, "expectedVersion", new ArrayList<>(), null);
			if (version == null) {
				throw new InvalidInputException("The form does not say which version of the supervision contact it "
						+ "changes (expectedVersion was '" + expectedVersion + "'): open the page again.");
			}
			return version;
		}
	}

	/**
	 * The faults of the module ({@code field: what}) by field, each as the page's message key
	 * {@code disclosure.admin.officer.error.<field>}.
	 */
	static Map<String, String> errors(List<String> faults) {
		var byField = new LinkedHashMap<String, String>();
		for (String fault : faults) {
			int colon = fault.indexOf(':');
			String field = colon > 0 ? fault.substring(0, colon) : "form";
			byField.putIfAbsent(field, "disclosure.admin.officer.error." + field);
		}
		return byField;
	}

	private static Integer number(String text, String field, List<String> faults, Integer ifBlank) {
		if (text == null || text.isBlank()) {
			return ifBlank;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			faults.add(field + ": not a whole number");
			return null;
		}
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}
}
