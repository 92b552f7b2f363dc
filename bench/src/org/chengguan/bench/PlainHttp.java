package org.chengguan.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load generator's HTTP/1.1 client: one keep-alive connection, used by one load thread, blocking reads and
 * writes, the request written in one piece. It exists because {@code java.net.http.HttpClient} costs the load
 * generator about 0.19 ms of CPU per request on this 2-core machine (a selector thread and executor hand-offs per
 * exchange) — CPU taken from the server it measures, four times what the floor's JDBC client costs per insert. This
 * one costs a write and a read per exchange, as wrk or ab would. It speaks only what the benchmark needs: a request
 * with a body, an answer framed by {@code Content-Length} or chunked, reconnecting when the server closes.
 */
final class PlainHttp implements Closeable {

	/** A status and the body as text. */
	record Answer(int status, String body) {
	}

	private final String host;

	private final int port;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	private final ByteArrayOutputStream body = new ByteArrayOutputStream(4096);

	private final byte[] buffer = new byte[16 * 1024];

	private int pos;

	private int limit;

	PlainHttp(String host, int port) {
		this.host = host;
		this.port = port;
	}

	/** Sends {@code method path} with the given header lines ("Name: value") and a JSON body; returns the answer. */
	Answer send(String method, String path, String body, String... headers) throws IOException {
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
			.append("Host: ").append(host).append(':').append(port).append("\r\n")
			.append("Content-Type: application/json\r\nAccept: application/json\r\n")
			.append("Content-Length: ").append(content.length).append("\r\n");
		for (String header : headers) {
			head.append(header).append("\r\n");
		}
		head.append("\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		boolean fresh = socket == null;
		if (fresh) {
			connect();
		}
		try {
			return exchange(start, content);
		}
		catch (IOException e) {
			if (fresh) {
				throw e;
			}
			// the server may have closed an idle keep-alive connection: once more on a new one
			close();
			connect();
			return exchange(start, content);
		}
	}

	private Answer exchange(byte[] start, byte[] content) throws IOException {
		out.write(start);
		out.write(content);
		out.flush();
		String statusLine = line();
		if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
			throw new IOException("not an HTTP/1.1 answer: " + statusLine);
		}
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			String value = header.substring(colon + 1).trim();
			switch (name) {
				case "content-length" -> length = Long.parseLong(value);
				case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
				case "connection" -> closing = value.equalsIgnoreCase("close");
				default -> {
				}
			}
		}
		this.body.reset();
		if (chunked) {
			for (long size = Long.parseLong(line().split(";", 2)[0].trim(), 16); size > 0;
					size = Long.parseLong(line().split(";", 2)[0].trim(), 16)) {
				copy(size);
				line();
			}
			while (!line().isEmpty()) {
				// trailers
			}
		}
		else if (length >= 0) {
			copy(length);
		}
		else {
			for (int b = read(); b >= 0; b = read()) {
				this.body.write(b);
			}
			closing = true;
		}
		if (closing) {
			close();
		}
		return new Answer(status, this.body.toString(StandardCharsets.UTF_8));
	}

	private void copy(long length) throws IOException {
		long left = length;
		while (left > 0) {
			if (pos == limit && !fill()) {
				throw new EOFException("the answer ended early");
			}
			int n = (int) Math.min(left, limit - pos);
			body.write(buffer, pos, n);
			pos += n;
			left -= n;
		}
	}

	/** The next byte of the answer, or -1 at its end (an unsynchronised buffer: one thread uses this client). */
	private int read() throws IOException {
		if (pos == limit && !fill()) {
			return -1;
		}
		return buffer[pos++] & 0xff;
	}

	private boolean fill() throws IOException {
		int n = in.read(buffer, 0, buffer.length);
		if (n <= 0) {
			return false;
		}
		pos = 0;
		limit = n;
		return true;
	}

	/** A header line without its CRLF (ISO-8859-1, as HTTP/1.1 headers are). */
	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int b = read(); b != '\n'; b = read()) {
			if (b < 0) {
				throw new EOFException("the connection closed mid-answer");
			}
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

	private void connect() throws IOException {
		socket = new Socket();
		socket.setTcpNoDelay(true);
		socket.connect(new InetSocketAddress(host, port), 10_000);
		socket.setSoTimeout(120_000);
		in = socket.getInputStream();
		pos = 0;
		limit = 0;
		out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
	}

	@Override
	public void close() {
		if (socket != null) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// closing anyway
			}
			socket = null;
		}
	}
}
