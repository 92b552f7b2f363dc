package org.chengguan.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One HTTP/1.1 exchange over a plain socket, for tests that must see the bytes (or send what clients refuse to). */
final class RawHttp {

	private RawHttp() {
	}

	record Raw(int status, Map<String, String> headers, byte[] body) {

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}
	}

	/** Sends one request and reads the answer to the end of the connection; decodes a chunked body. */
	static Raw exchange(int port, String request) throws IOException {
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
