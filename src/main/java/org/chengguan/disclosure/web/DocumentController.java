package org.chengguan.disclosure.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.disclosure.Disclosure;
import org.chengguan.disclosure.DocumentEntry;
import org.chengguan.disclosure.DocumentKind;
import org.chengguan.disclosure.internal.DocumentDraft;
import org.chengguan.disclosure.internal.DocumentEditing;
import org.chengguan.disclosure.internal.Documents;
import org.chengguan.disclosure.web.DisclosureJson.DocumentJson;
import org.chengguan.disclosure.web.DisclosureJson.VersionJson;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents (职责清单, 事项清单, 三册): their public versions for anyone; every version, saving and publishing for
 * administrators. {@code kind} is duty-list, item-list, handbook-district, handbook-street or handbook-community.
 */
@Tag(name = "disclosure")
@RestController
@RequestMapping("/api/v1/disclosure/documents")
class DocumentController {

	private final Disclosure disclosure;

	private final Documents documents;

	private final DocumentEditing editing;

	private final CatalogueManagement catalogue;

	private final Actors actors;

	DocumentController(Disclosure disclosure, Documents documents, DocumentEditing editing,
			CatalogueManagement catalogue, Actors actors) {
		this.disclosure = disclosure;
		this.documents = documents;
		this.editing = editing;
		this.catalogue = catalogue;
		this.actors = actors;
	}

	/**
	 * A new version: {@code basedOn} is the newest version the editor read (0 for the first), so a save that would
	 * overwrite another editor's is refused with 409.
	 */
	record SaveRequest(Integer basedOn, String title, String intro, List<DocumentEntry> entries) {
	}

	@Operation(summary = "The public version of every document that has one")
	@GetMapping
	List<DocumentJson> published() {
		return Arrays.stream(DocumentKind.values())
			.flatMap(kind -> disclosure.published(kind).stream())
			.map(d -> DocumentJson.of(d, catalogue))
			.toList();
	}

	@Operation(summary = "The public version of a document: its newest published version",
			description = "404 if it was never published.")
	@GetMapping("/{kind}")
	DocumentJson published(@PathVariable String kind) {
		DocumentKind k = kind(kind);
		return disclosure.published(k)
			.map(d -> DocumentJson.of(d, catalogue))
			.orElseThrow(() -> new NotFoundException("The " + k.slug() + " has not been published yet."));
	}

	@Operation(summary = "Every version of a document, newest first (ADMIN)")
	@GetMapping("/{kind}/versions")
	List<VersionJson> versions(@PathVariable String kind) {
		Administrators.require(actors, "the versions of a document");
		return documents.versions(kind(kind)).stream().map(VersionJson::of).toList();
	}

	@Operation(summary = "One version of a document, draft or old (ADMIN)")
	@GetMapping("/{kind}/versions/{version}")
	DocumentJson version(@PathVariable String kind, @PathVariable int version) {
		Administrators.require(actors, "a document's versions");
		DocumentKind k = kind(kind);
		return documents.version(k, version)
			.map(d -> DocumentJson.of(d, catalogue))
			.orElseThrow(() -> new NotFoundException("The " + k.slug() + " has no version " + version + "."));
	}

	@Operation(summary = "Saves a new draft version (ADMIN)",
			description = "The draft is not public until published. basedOn must be the newest version (published or "
					+ "not), else 409 with currentVersion. In the item-list every entry needs legalBasis and a "
					+ "departmentCode of the catalogue; other documents have neither. Texts are plain text.")
	@PostMapping("/{kind}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	DocumentJson save(@PathVariable String kind, @RequestBody SaveRequest request) {
		Actor admin = Administrators.require(actors, "editing a document");
		DocumentKind k = kind(kind);
		if (request.basedOn() == null) {
			throw new InvalidInputException("basedOn is required: the newest version read, 0 for a first version",
					List.of("basedOn: required"));
		}
		var saved = editing.save(k, request.basedOn(),
				new DocumentDraft(request.title(), request.intro(), request.entries()), admin.userId());
		return DocumentJson.of(saved, catalogue);
	}

	@Operation(summary = "Publishes a draft: the public sees it from now on (ADMIN)",
			description = "409 if it is published already or older than the public version.")
	@PostMapping("/{kind}/versions/{version}/publish")
	DocumentJson publish(@PathVariable String kind, @PathVariable int version) {
		Actor admin = Administrators.require(actors, "publishing a document");
		return DocumentJson.of(editing.publish(kind(kind), version, admin.userId()), catalogue);
	}

	private static DocumentKind kind(String slug) {
		return DocumentKind.ofSlug(slug)
			.orElseThrow(() -> new NotFoundException("No document '" + slug + "': the documents are "
					+ Arrays.stream(DocumentKind.values()).map(DocumentKind::slug).toList() + "."));
	}
}
