package org.chengguan.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a JSON answer in one piece, with its {@code Content-Length}, instead of as a chunked stream.
 * <p>
 * Spring MVC flushes the response once a message converter has written the body, which commits it before the
 * container knows its length: Tomcat then frames it as {@code Transfer-Encoding: chunked} and writes it to the socket
 * twice — the headers with the body, then the empty last chunk. For a JSON document, written whole by Jackson, that
 * flush is pointless: this filter ignores it while the response is JSON, so the body waits in Tomcat's output buffer
 * (8 KB) until the request ends, when Tomcat sets {@code Content-Length} and writes headers and body with one call.
 * A larger body still goes out chunked as the buffer fills; other media types (pages, downloads, event streams,
 * which may flush on purpose) are untouched. One write instead of two is about a twentieth of an API request's CPU
 * on the intake (docs/PERFORMANCE.md), and a client knows the length before it reads the body. Registered by Boot
 * after the other filters (no order), so it wraps only what the dispatcher servlet writes.
 */
@Component
final class JsonResponseFraming extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new Held(response));
	}

	/** The answer is a JSON document (application/json, problem+json, geo+json, …), which nothing streams. */
	static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		int parameters = type.indexOf(';');
		String media = (parameters < 0 ? type : type.substring(0, parameters)).strip();
		return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
	}

	/** A response whose flushes are ignored while its content is JSON. */
	private static final class Held extends HttpServletResponseWrapper {

		private ServletOutputStream stream;

		Held(HttpServletResponse response) {
			super(response);
		}

		private boolean holding() {
			return isJson(getContentType());
		}

		@Override
		public void flushBuffer() throws IOException {
			if (!holding()) {
				super.flushBuffer();
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (stream == null) {
				stream = new HeldStream(super.getOutputStream(), this);
			}
			return stream;
		}
	}

	/** The container's stream, but {@code flush()} waits for the end of the request while the answer is JSON. */
	private static final class HeldStream extends ServletOutputStream {

		private final ServletOutputStream target;

		private final Held response;

		HeldStream(ServletOutputStream target, Held response) {
			this.target = target;
			this.response = response;
		}

		@Override
		public void write(int b) throws IOException {
			target.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			target.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			if (!response.holding()) {
				target.flush();
			}
		}

		@Override
		public void close() throws IOException {
			target.close();
		}

		@Override
		public boolean isReady() {
			return target.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			target.setWriteListener(listener);
		}
	}
}
