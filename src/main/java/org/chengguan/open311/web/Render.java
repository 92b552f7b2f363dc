package org.chengguan.open311.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Node.Document} as the spec's XML (UTF-8, the XML declaration first, no namespace) or JSON (the
 * root element dropped: a list becomes a top-level array, an object a top-level object).
 */
final class Render {

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private Render() {
	}

	static byte[] as(Format format, Node.Document document) {
		return format == Format.JSON ? json(document) : xml(document);
	}

	static byte[] xml(Node.Document document) {
		var out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
			w.writeStartDocument("utf-8", "1.0");
			w.writeCharacters("\n");
			element(w, document.root(), document.body());
			w.writeEndDocument();
			w.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("could not write XML", e);
		}
		return out.toByteArray();
	}

	private static void element(XMLStreamWriter w, String name, Node node) throws XMLStreamException {
		if (node instanceof Node.Value v && (v.value() == null || text(v.value()).isEmpty())) {
			w.writeEmptyElement(name);
			return;
		}
		w.writeStartElement(name);
		if (node instanceof Node.Obj obj) {
			for (Node.Field field : obj.fields()) {
				element(w, field.name(), field.value());
			}
		}
		else if (node instanceof Node.Items items) {
			for (Node item : items.items()) {
				element(w, items.itemName(), item);
			}
		}
		else {
			w.writeCharacters(xmlSafe(text(((Node.Value) node).value())));
		}
		w.writeEndElement();
	}

	static byte[] json(Node.Document document) {
		return JSON.writeValueAsBytes(plain(document.body()));
	}

	private static Object plain(Node node) {
		if (node instanceof Node.Obj obj) {
			Map<String, Object> map = new LinkedHashMap<>();
			obj.fields().forEach(f -> map.put(f.name(), plain(f.value())));
			return map;
		}
		if (node instanceof Node.Items items) {
			List<Object> list = new ArrayList<>();
			items.items().forEach(item -> list.add(plain(item)));
			return list;
		}
		Object value = ((Node.Value) node).value();
		return value instanceof Double d ? BigDecimal.valueOf(d) : value;
	}

	private static String text(Object value) {
		return value instanceof Double d ? BigDecimal.valueOf(d).toPlainString() : String.valueOf(value);
	}

	/** Drops the characters XML 1.0 cannot carry at all (most control characters), which no client could parse. */
	private static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| c >= 0x10000)
			.forEach(safe::appendCodePoint);
		return safe.toString();
	}
}
