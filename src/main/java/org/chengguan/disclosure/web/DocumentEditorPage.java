package org.chengguan.disclosure.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.disclosure.Document;
import org.chengguan.disclosure.DocumentEntry;
import org.chengguan.disclosure.DocumentKind;
import org.chengguan.disclosure.internal.DocumentEditing;
import org.chengguan.disclosure.internal.DocumentVersion;
import org.chengguan.disclosure.internal.Documents;
import org.chengguan.disclosure.internal.DraftFault;
import org.chengguan.disclosure.web.DisclosureAdminPage.VersionLine;
import org.chengguan.disclosure.web.DisclosureJson.DocumentJson;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor of a document (职责清单, 事项清单, 三册), for administrators: the newest version in a form — title, intro,
 * entries (for the item list with legal basis, department and category) that can be added, removed and moved —
 * saved as a new draft based on the version opened, previewed as the public would see it; and the version history,
 * where any version can be read and a draft published. Saving on top of a version someone else saved meanwhile is
 * refused with who saved what (the {@link DocumentEditing} rule), and the editor keeps the refused text.
 */
@PageErrors("disclosure.admin.error")
@Controller
class DocumentEditorPage {

	private final Documents documents;

	private final DocumentEditing editing;

	private final CatalogueManagement catalogue;

	private final Actors actors;

	private final AdminPeople people;

	private final MessageSource messages;

	private final Clock clock;

	DocumentEditorPage(Documents documents, DocumentEditing editing, CatalogueManagement catalogue, Actors actors,
			AdminPeople people, MessageSource messages, Clock clock) {
		this.documents = documents;
		this.editing = editing;
		this.catalogue = catalogue;
		this.actors = actors;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	/** A save refused because {@code current} was saved after the version the editor opened ({@code basedOn}). */
	record Conflict(int basedOn, VersionLine current) {
	}

	@GetMapping("/admin/disclosure/documents/{slug}")
	String editor(@PathVariable String slug, Model model) {
		Administrators.require(actors, "editing a document");
		DocumentKind kind = kind(slug);
		List<DocumentVersion> history = documents.history(kind);
		DocumentForm form = history.isEmpty() ? DocumentForm.first() : DocumentForm.of(history.get(0).document());
		return editorPage(kind, form, history, model);
	}

	/**
	 * One step of the editor: {@code save} (a new draft based on the form's {@code basedOn}), {@code rebase} (save
	 * after the version the editor was told of, {@code rebaseOnto}), {@code preview}, or an entry step for
	 * {@link DocumentForm#apply}. Only a save writes anything.
	 */
	@PostMapping("/admin/disclosure/documents/{slug}")
	String edit(@PathVariable String slug, @RequestParam(defaultValue = "save") String op,
			@RequestParam(required = false) Integer rebaseOnto, HttpServletRequest request, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor me = Administrators.require(actors, "editing a document");
		DocumentKind kind = kind(slug);
		DocumentForm form = DocumentForm.from(request.getParameterMap());
		switch (op) {
			case "save" -> {
				return save(kind, form, me, model, locale, redirect, response);
			}
			case "rebase" -> {
				if (rebaseOnto == null) {
					throw new InvalidInputException("rebaseOnto: the version to save after is required");
				}
				return save(kind, form.basedOn(rebaseOnto), me, model, locale, redirect, response);
			}
			case "preview" -> {
				model.addAttribute("preview", DocumentJson.of(preview(kind, form), catalogue));
				model.addAttribute("errors", errors(editing.check(kind, form.draft()), locale));
				return editorPage(kind, form, documents.history(kind), model);
			}
			default -> {
				return editorPage(kind, form.apply(op), documents.history(kind), model);
			}
		}
	}

	@GetMapping("/admin/disclosure/documents/{slug}/versions/{version}")
	String version(@PathVariable String slug, @PathVariable int version, Model model) {
		Administrators.require(actors, "reading a document's versions");
		return versionPage(kind(slug), version, model);
	}

	@PostMapping("/admin/disclosure/documents/{slug}/versions/{version}/publish")
	String publish(@PathVariable String slug, @PathVariable int version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Actor me = Administrators.require(actors, "publishing a document");
		DocumentKind kind = kind(slug);
		try {
			editing.publish(kind, version, me.userId());
		}
		catch (ConflictException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("publishRefused", e.properties().get("publicVersion"));
			return versionPage(kind, version, model);
		}
		redirect.addFlashAttribute("published", version);
		return "redirect:/admin/disclosure/documents/" + kind.slug() + "/versions/" + version;
	}

	private String save(DocumentKind kind, DocumentForm form, Actor me, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		int basedOn = form.basedOnVersion();
		List<DraftFault> faults = editing.check(kind, form.draft());
		if (!faults.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors(faults, locale));
			model.addAttribute("faultCount", faults.size());
			return editorPage(kind, form, documents.history(kind), model);
		}
		Document saved;
		try {
			saved = editing.save(kind, basedOn, form.draft(), me.userId());
		}
		catch (ConflictException e) {
			if (editing.isRepeat(kind, basedOn, form.draft(), me.userId())) {
				redirect.addFlashAttribute("saved", basedOn + 1);
				return "redirect:/admin/disclosure/documents/" + kind.slug();
			}
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			List<DocumentVersion> history = documents.history(kind);
			AdminPeople.Names names = people.names();
			model.addAttribute("conflict", new Conflict(basedOn, VersionLine.of(history.get(0), people, names)));
			return editorPage(kind, form, history, model);
		}
		redirect.addFlashAttribute("saved", saved.version());
		return "redirect:/admin/disclosure/documents/" + kind.slug();
	}

	private String editorPage(DocumentKind kind, DocumentForm form, List<DocumentVersion> history, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("form", form);
		model.addAttribute("history", lines(history));
		model.addAttribute("latestVersion", history.isEmpty() ? 0 : history.get(0).document().version());
		model.addAttribute("publicVersion", publicVersion(history));
		model.addAttribute("departments", catalogue.departments());
		model.addAttribute("categories", catalogue.categories());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "disclosure/admin-document";
	}

	private String versionPage(DocumentKind kind, int version, Model model) {
		List<DocumentVersion> history = documents.history(kind);
		DocumentVersion shown = history.stream()
			.filter(v -> v.document().version() == version)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("The " + kind.slug() + " has no version " + version + "."));
		int publicVersion = publicVersion(history);
		model.addAttribute("kind", kind);
		model.addAttribute("shown", VersionLine.of(shown, people, people.names()));
		model.addAttribute("document", DocumentJson.of(shown.document(), catalogue));
		model.addAttribute("publishable", shown.document().status() == Document.Status.DRAFT && version > publicVersion);
		model.addAttribute("publicVersion", publicVersion);
		model.addAttribute("history", lines(history));
		return "disclosure/admin-version";
	}

	private static int publicVersion(List<DocumentVersion> history) {
		return history.stream()
			.filter(v -> v.document().status() == Document.Status.PUBLISHED)
			.mapToInt(v -> v.document().version())
			.findFirst()
			.orElse(0);
	}

	private List<VersionLine> lines(List<DocumentVersion> history) {
		AdminPeople.Names names = people.names();
		return history.stream().map(v -> VersionLine.of(v, people, names)).toList();
	}

	/** Each fault's message in the reader's language, by the field it belongs to. */
	private Map<String, List<String>> errors(List<DraftFault> faults, Locale locale) {
		var byField = new LinkedHashMap<String, List<String>>();
		for (DraftFault fault : faults) {
			String text = messages.getMessage("disclosure.admin.fault." + fault.rule(), fault.args().toArray(), locale);
			byField.computeIfAbsent(fault.field(), f -> new java.util.ArrayList<>()).add(text);
		}
		return byField;
	}

	/** The draft as a document the public pages could show: blank fields as absent. */
	private Document preview(DocumentKind kind, DocumentForm form) {
		List<DocumentEntry> entries = form.entries().stream()
			.map(e -> new DocumentEntry(orNull(e.heading()), orNull(e.text()), orNull(e.legalBasis()),
					orNull(e.departmentCode()), orNull(e.categoryCode())))
			.toList();
		return new Document(kind, 0, orNull(form.title()), orNull(form.intro()), entries, Document.Status.DRAFT,
				clock.instant(), null);
	}

	private static String orNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static DocumentKind kind(String slug) {
		return DocumentKind.ofSlug(slug)
			.orElseThrow(() -> new NotFoundException("No document '" + slug + "': the documents are "
					+ Arrays.stream(DocumentKind.values()).map(DocumentKind::slug).toList() + "."));
	}
}
