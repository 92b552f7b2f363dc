package org.chengguan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.chengguan.PlatformTest;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * What goes over the socket, read byte by byte (a JDK client hides the framing): a JSON answer that fits Tomcat's
 * buffer comes with its Content-Length, a larger one still arrives whole.
 */
@PlatformTest
class JsonResponseFramingTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoDataLoader regions;

	@BeforeEach
	void setUp() {
		regions.loadIfAbsent();
	}

	private record Raw(int status, Map<String, String> headers, byte[] body) {

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}
	}

	@Test
	void sendsASmallJsonAnswerWithItsLength() throws IOException {
		Raw raw = exchange("GET /api/v1/locate?lat=33.955&lon=116.798 HTTP/1.1\r\nHost: localhost\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.header("content-type")).startsWith("application/json");
		assertThat(raw.header("transfer-encoding")).isNull();
		assertThat(raw.header("content-length")).isEqualTo(String.valueOf(raw.body().length));
		assertThat(JsonMapper.builder().build().readTree(raw.body()).get("district")).isNotNull();
	}

	@Test
	void sendsAProblemWithItsLength() throws IOException {
		String body = "{\"username\": ";
		Raw raw = exchange("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
		assertThat(raw.status()).isEqualTo(400);
		assertThat(raw.header("content-type")).startsWith("application/problem+json");
		assertThat(raw.header("transfer-encoding")).isNull();
		assertThat(raw.header("content-length")).isEqualTo(String.valueOf(raw.body().length));
		assertThat(JsonMapper.builder().build().readTree(raw.body()).get("status").asInt()).isEqualTo(400);
	}

	@Test
	void streamsAJsonAnswerLargerThanTheBufferWhole() throws IOException {
		Raw raw = exchange("GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.body().length).isGreaterThan(8192);
		assertThat(raw.header("transfer-encoding")).isEqualTo("chunked");
		assertThat(JsonMapper.builder().build().readTree(raw.body()).size()).isPositive();
	}

	@Test
	void holdsOnlyJsonDocuments() {
		assertThat(JsonResponseFraming.isJson("application/json")).isTrue();
		assertThat(JsonResponseFraming.isJson("application/json;charset=UTF-8")).isTrue();
		assertThat(JsonResponseFraming.isJson("application/problem+json")).isTrue();
		assertThat(JsonResponseFraming.isJson("Application/Geo+JSON")).isTrue();
		assertThat(JsonResponseFraming.isJson("text/event-stream")).isFalse();
		assertThat(JsonResponseFraming.isJson("text/html;charset=UTF-8")).isFalse();
		assertThat(JsonResponseFraming.isJson("application/x-ndjson")).isFalse();
		assertThat(JsonResponseFraming.isJson(null)).isFalse();
	}

	/** Sends one request and reads the answer to the end of the connection; decodes a chunked body. */
	private Raw exchange(String request) throws IOException {
		byte[] all;
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			all = socket.getInputStream().readAllBytes();
		}
		int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		Map<String, String> headers = new HashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
		}
		byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
		if ("chunked".equals(headers.get("transfer-encoding"))) {
			body = dechunk(new java.io.ByteArrayInputStream(body));
		}
		return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
	}

	private static byte[] dechunk(InputStream in) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			StringBuilder size = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c != '\r') {
					size.append((char) c);
				}
			}
			int length = Integer.parseInt(size.toString().strip(), 16);
			if (length == 0) {
				return body.toByteArray();
			}
			body.write(in.readNBytes(length));
			in.readNBytes(2);
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalStateException("no end of headers in the answer");
	}
}
