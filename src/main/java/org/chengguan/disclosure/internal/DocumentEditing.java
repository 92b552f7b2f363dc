package org.chengguan.disclosure.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.disclosure.Document;
import org.chengguan.disclosure.DocumentEntry;
import org.chengguan.disclosure.DocumentKind;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Saving and publishing versions of the documents. Every save is a new draft version based on the newest one the
 * editor saw ({@code basedOn}): a save based on an older version is refused (409) instead of overwriting what another
 * editor saved meanwhile. Publishing a draft makes it the public version; an older draft cannot replace a newer public
 * version. Each is one statement, so there is no transaction to hold open (and a failed insert leaves none aborted).
 */
@Service
public class DocumentEditing {

	private final Documents documents;

	private final CatalogueManagement catalogue;

	private final Clock clock;

	DocumentEditing(Documents documents, CatalogueManagement catalogue, Clock clock) {
		this.documents = documents;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** Every fault of the draft, each naming its field (what {@link #save} would refuse it for); empty if none. */
	public List<DraftFault> check(DocumentKind kind, DocumentDraft draft) {
		return DraftRules.check(kind, draft, code -> catalogue.department(code).isPresent(),
				code -> catalogue.category(code).isPresent());
	}

	/**
	 * Saves a new draft version {@code basedOn + 1}.
	 *
	 * @throws InvalidInputException (400) listing every fault of the draft
	 * @throws ConflictException (409) if {@code basedOn} is not the newest version, with {@code currentVersion}
	 */
	public Document save(DocumentKind kind, int basedOn, DocumentDraft draft, Long by) {
		List<String> faults = check(kind, draft).stream().map(DraftFault::message).toList();
		if (basedOn < 0) {
			faults = concat(faults, "basedOn: the version the draft is based on, 0 for a first version");
		}
		if (!faults.isEmpty()) {
			throw new InvalidInputException("The draft of the " + kind.slug() + " cannot be saved: "
					+ String.join("; ", faults), faults);
		}
		DocumentDraft clean = normalised(draft);
		boolean saved;
		try {
			saved = documents.insert(kind, basedOn, clean, by, clock.instant());
		}
		catch (DuplicateKeyException e) {
			saved = false;
		}
		if (!saved) {
			throw stale(kind, basedOn);
		}
		return documents.version(kind, basedOn + 1).orElseThrow();
	}

	/**
	 * Whether version {@code basedOn + 1} is this very draft, saved by the same editor: the same form sent twice (a
	 * double click, a resent page), which should answer as the first did rather than as a collision.
	 */
	public boolean isRepeat(DocumentKind kind, int basedOn, DocumentDraft draft, Long by) {
		if (by == null || !check(kind, draft).isEmpty()
				|| !documents.savedBy(kind, basedOn + 1).map(by::equals).orElse(false)) {
			return false;
		}
		DocumentDraft clean = normalised(draft);
		return documents.version(kind, basedOn + 1)
			.filter(saved -> saved.title().equals(clean.title()) && Objects.equals(saved.intro(), clean.intro())
					&& saved.entries().equals(clean.entries()))
			.isPresent();
	}

	/**
	 * Publishes a draft: the public sees it from now on.
	 *
	 * @throws NotFoundException (404) if there is no such version
	 * @throws ConflictException (409) if it is published already, or older than the public version
	 */
	public Document publish(DocumentKind kind, int version, Long by) {
		Document document = documents.version(kind, version)
			.orElseThrow(() -> new NotFoundException("The " + kind.slug() + " has no version " + version + "."));
		if (!documents.publish(kind, version, by, clock.instant())) {
			int publicVersion = documents.published(kind).map(Document::version).orElse(0);
			String why = document.status() != Document.Status.DRAFT ? "it is published already"
					: "the public version " + publicVersion + " is newer";
			throw new ConflictException("Version " + version + " of the " + kind.slug() + " cannot be published: " + why
					+ ".", Map.of("currentVersion", documents.latestVersion(kind), "publicVersion", publicVersion));
		}
		return documents.version(kind, version).orElseThrow();
	}

	private ConflictException stale(DocumentKind kind, int basedOn) {
		int current = documents.latestVersion(kind);
		return new ConflictException("The " + kind.slug() + " was saved meanwhile: the newest version is " + current
				+ ", the draft is based on " + basedOn + ". Read version " + current + " and save again.",
				Map.of("currentVersion", current));
	}

	private DocumentDraft normalised(DocumentDraft draft) {
		return new DocumentDraft(draft.title().strip(), strip(draft.intro()), draft.entries().stream()
			.map(e -> new DocumentEntry(e.heading().strip(), strip(e.text()), strip(e.legalBasis()),
					DraftRules.blank(e.departmentCode()) ? null : e.departmentCode().strip().toUpperCase(java.util.Locale.ROOT),
					DraftRules.blank(e.categoryCode()) ? null
							: catalogue.category(e.categoryCode()).map(c -> c.code()).orElse(null)))
			.toList());
	}

	private static String strip(String s) {
		return DraftRules.blank(s) ? null : s.strip().replace("\r\n", "\n");
	}

	private static List<String> concat(List<String> list, String more) {
		var all = new java.util.ArrayList<>(list);
		all.add(more);
		return all;
	}
}
