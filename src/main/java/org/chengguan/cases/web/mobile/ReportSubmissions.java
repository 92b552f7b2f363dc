package org.chengguan.cases.web.mobile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseManagement.Reported;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.photos.Photo;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.PayloadTooLargeException;
import org.chengguan.platform.UnsupportedContentException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the report form's script posts, on the session (and its CSRF token): photos one by one as they are chosen,
 * then the report under an {@code Idempotency-Key} the page made once for it. Answers are small JSON documents whose
 * messages are already in the page's language.
 */
@Controller
@ResponseBody
class ReportSubmissions {

	private final PhotoLibrary photos;

	private final ReportIntake intake;

	private final CaseManagement cases;

	private final Actors actors;

	private final MessageSource messages;

	ReportSubmissions(PhotoLibrary photos, ReportIntake intake, CaseManagement cases, Actors actors,
			MessageSource messages) {
		this.photos = photos;
		this.intake = intake;
		this.cases = cases;
		this.actors = actors;
		this.messages = messages;
	}

	@PostMapping(value = "/citizen/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PhotoAnswer citizenPhoto(@RequestParam("file") MultipartFile file) {
		return upload(actorWith(Role.CITIZEN), file);
	}

	@PostMapping(value = "/inspector/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PhotoAnswer inspectorPhoto(@RequestParam("file") MultipartFile file) {
		return upload(actorWith(Role.INSPECTOR), file);
	}

	@PostMapping(value = "/citizen/report", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReportAnswer> citizenReport(@RequestBody ReportForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest request) {
		Actor actor = actorWith(Role.CITIZEN);
		return answer(actor, intake.submit(actor, Channel.CITIZEN_APP, form, key), request);
	}

	@PostMapping(value = "/inspector/report", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReportAnswer> patrolReport(@RequestBody ReportForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, HttpServletRequest request) {
		Actor actor = actorWith(Role.INSPECTOR);
		return answer(actor, intake.submit(actor, Channel.INSPECTOR, form, key), request);
	}

	@ExceptionHandler
	ResponseEntity<Refusal.Answer> refused(Refusal refusal) {
		String message = messages.getMessage(refusal.messageKey(), refusal.arguments(),
				LocaleContextHolder.getLocale());
		return ResponseEntity.status(refusal.status())
			.body(new Refusal.Answer(refusal.field(), message, refusal.status() == HttpStatus.CONFLICT));
	}

	private PhotoAnswer upload(Actor actor, MultipartFile file) {
		if (file.isEmpty()) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "photos", "mobile.error.photoEmpty");
		}
		try {
			Photo photo = photos.upload(actor.userId(), file.getInputStream());
			return new PhotoAnswer(photo.id().toString(), photo.takenAt() == null ? null
					: new PhotoAnswer.Position(photo.takenAt().lat(), photo.takenAt().lon()));
		}
		catch (PayloadTooLargeException e) {
			throw new Refusal(HttpStatus.CONTENT_TOO_LARGE, "photos", "mobile.error.photoSize");
		}
		catch (UnsupportedContentException e) {
			throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "photos", "mobile.error.photoType");
		}
		catch (InvalidInputException e) {
			throw new Refusal(HttpStatus.BAD_REQUEST, "photos", "mobile.error.photoEmpty");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ResponseEntity<ReportAnswer> answer(Actor actor, Reported reported, HttpServletRequest request) {
		Case c = reported.reported();
		String master = c.status() == CaseStatus.DUPLICATE && c.masterCaseId() != null
				? cases.get(actor, c.masterCaseId()).number() : null;
		String message = master != null ? text("mobile.done.duplicate", master)
				: c.channel() == Channel.INSPECTOR && c.status() == CaseStatus.CLOSED
						? text("mobile.done.selfHandled", c.number()) : text("mobile.done.filed", c.number());
		String url = request.getContextPath() + "/cases/" + c.id();
		return ResponseEntity.status(reported.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create(url))
			.body(new ReportAnswer(c.id(), c.number(), url, !reported.created(), master, message));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** The signed-in user, if they hold the role the path is for. */
	private Actor actorWith(Role role) {
		Actor actor = actors.require();
		if (!actor.has(role)) {
			throw new Refusal(HttpStatus.FORBIDDEN, null, "mobile.error.forbidden");
		}
		return actor;
	}
}
