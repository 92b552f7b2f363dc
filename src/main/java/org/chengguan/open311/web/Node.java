package org.chengguan.open311.web;

import java.util.ArrayList;
import java.util.List;

/**
 * An Open311 answer as one tree, written as XML or JSON by {@link Render}, so that the two formats cannot disagree:
 * an object is an element with child elements (a JSON object), a list an element of repeated item elements (a JSON
 * array, named by the items in XML only: {@code <services><service>}), a value text or an empty element (JSON
 * null).
 */
sealed interface Node {

	/** A document: its root element's name (XML only) and its content. */
	record Document(String root, Node body) {
	}

	record Field(String name, Node value) {
	}

	/** Fields in the spec's order. */
	record Obj(List<Field> fields) implements Node {

		static Obj of() {
			return new Obj(new ArrayList<>());
		}

		/** Adds a field: a node, or a plain value (text, number, boolean or null). */
		Obj put(String name, Object value) {
			fields.add(new Field(name, value instanceof Node node ? node : new Value(value)));
			return this;
		}
	}

	record Items(String itemName, List<? extends Node> items) implements Node {
	}

	/** Text, a number, a boolean, or null (nothing). */
	record Value(Object value) implements Node {
	}
}
