package org.chengguan.disclosure.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseLifecycle;
import org.chengguan.cases.CaseLifecycle.Step;
import org.chengguan.cases.CaseStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The workflow chart (城管进社区工作流程图) as SVG, drawn from the cases module's own description of the lifecycle
 * ({@link CaseLifecycle}), so the chart cannot drift from what the platform does. The main path runs down the middle;
 * steps back (回退, 返工, 不满意重办) run up the left side; side states (不予立案, 重复, 挂账) stand on the right. Texts come
 * from the {@code i18n/disclosure} bundle in the reader's language and are escaped.
 */
@Component
public class WorkflowChart {

	private static final int WIDTH = 900;

	private static final int MAIN_X = 430;

	private static final int SIDE_X = 740;

	private static final int BOX_W = 170;

	private static final int BOX_H = 40;

	private static final int ROW = 84;

	private static final int TOP = 110;

	private final MessageSource messages;

	WorkflowChart(MessageSource messages) {
		this.messages = messages;
	}

	/** The chart in the language of {@code locale}. */
	public String svg(Locale locale) {
		List<CaseStatus> main = CaseLifecycle.MAIN_PATH;
		Map<CaseStatus, Integer> sideRows = sideRows(main);
		int rows = Math.max(main.size(), sideRows.values().stream().mapToInt(r -> r + 1).max().orElse(0));
		int height = TOP + rows * ROW + 60;
		var svg = new StringBuilder(16_384);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
			.append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
			.append("\" font-family=\"'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif\""
					+ " role=\"img\">\n");
		svg.append("<title>").append(esc(text("disclosure.chart.title", locale))).append("</title>\n");
		svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
				+ "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#495057\"/>"
				+ "</marker></defs>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		text(svg, WIDTH / 2, 34, 22, "middle", "#212529", "bold", text("disclosure.chart.title", locale));
		text(svg, WIDTH / 2, 58, 12, "middle", "#6c757d", "normal", text("disclosure.chart.source", locale));
		Map<CaseStatus, int[]> at = new HashMap<>();
		for (int i = 0; i < main.size(); i++) {
			at.put(main.get(i), new int[] { MAIN_X, centreY(i) });
		}
		sideRows.forEach((status, row) -> at.put(status, new int[] { SIDE_X, centreY(row) }));
		int startY = TOP - 30;
		edges(svg, locale, main, at, startY);
		pill(svg, MAIN_X, startY, text("disclosure.chart.start", locale));
		at.forEach((status, xy) -> box(svg, xy[0], xy[1], status, main.contains(status), locale));
		String inPlace = CaseLifecycle.IN_PLACE.stream().map(a -> actionName(a, locale)).collect(Collectors.joining("、"));
		text(svg, 24, height - 24, 12, "start", "#495057", "normal",
				text("disclosure.chart.inPlace", locale, inPlace));
		return svg.append("</svg>\n").toString();
	}

	/** A row for each side state, next to the first main state that leads to it, none sharing a row. */
	private static Map<CaseStatus, Integer> sideRows(List<CaseStatus> main) {
		Map<CaseStatus, Integer> rows = new LinkedHashMap<>();
		Set<Integer> taken = new HashSet<>();
		for (Step step : CaseLifecycle.steps()) {
			if (main.contains(step.to()) || rows.containsKey(step.to())) {
				continue;
			}
			int row = step.from().map(main::indexOf).filter(i -> i >= 0).orElse(0);
			while (taken.contains(row)) {
				row++;
			}
			taken.add(row);
			rows.put(step.to(), row);
		}
		return rows;
	}

	private void edges(StringBuilder svg, Locale locale, List<CaseStatus> main, Map<CaseStatus, int[]> at,
			int startY) {
		int leftLane = 0;
		int rightLane = 0;
		Set<String> labelled = new HashSet<>();
		for (Step step : CaseLifecycle.steps()) {
			int[] to = at.get(step.to());
			int[] from = step.from().map(at::get).orElse(new int[] { MAIN_X, startY });
			int fromRow = step.from().map(main::indexOf).orElse(-1);
			int toRow = main.indexOf(step.to());
			boolean bothMain = (step.from().isEmpty() || fromRow >= 0) && toRow >= 0;
			String label = label(step, locale);
			boolean first = labelled.add(step.action() + ">" + step.to());
			String shown = first ? label : null;
			if (bothMain && toRow == fromRow + 1) {
				int y1 = from[1] + (step.from().isEmpty() ? 14 : BOX_H / 2);
				int y2 = to[1] - BOX_H / 2;
				line(svg, "M" + MAIN_X + "," + y1 + " V" + y2, "#495057", false);
				edgeLabel(svg, MAIN_X + 10, (y1 + y2) / 2 + 4, "start", shown);
			}
			else if (step.from().isEmpty()) {
				// another way in (an inspector's own report, fixing it on the spot): an arrow from the left margin
				int y = to[1] - 8;
				line(svg, "M40," + y + " H" + (MAIN_X - BOX_W / 2), "#495057", false);
				edgeLabel(svg, 40, y - 6, "start", shown);
			}
			else if (bothMain && toRow > fromRow) {
				int lane = MAIN_X + BOX_W / 2 + 22 + 26 * rightLane++;
				line(svg, "M" + (MAIN_X + BOX_W / 2) + "," + from[1] + " H" + lane + " V" + to[1] + " H"
						+ (MAIN_X + BOX_W / 2), "#495057", false);
				edgeLabel(svg, lane + 6, (from[1] + to[1]) / 2, "start", shown);
			}
			else if (bothMain) {
				int lane = MAIN_X - BOX_W / 2 - 22 - 26 * leftLane++;
				line(svg, "M" + (MAIN_X - BOX_W / 2) + "," + (from[1] + 6) + " H" + lane + " V" + (to[1] + 6) + " H"
						+ (MAIN_X - BOX_W / 2), "#b02a37", true);
				edgeLabel(svg, lane - 6, (from[1] + to[1]) / 2 + 16 * (leftLane % 2), "end", shown);
			}
			else if (toRow < 0) {
				int x1 = from[0] + BOX_W / 2;
				int x2 = to[0] - BOX_W / 2;
				line(svg, "M" + x1 + "," + from[1] + " L" + x2 + "," + to[1], "#6c757d", true);
				// the straight one carries the label; a slanted one would cross the others' labels
				edgeLabel(svg, (x1 + x2) / 2, from[1] - 6, "middle", from[1] == to[1] ? label : null);
			}
			else {
				int x1 = from[0] - BOX_W / 2;
				int x2 = to[0] + BOX_W / 2;
				line(svg, "M" + x1 + "," + (from[1] + 10) + " L" + x2 + "," + (to[1] + 10), "#6c757d", true);
				edgeLabel(svg, (x1 + x2) / 2, (from[1] + to[1]) / 2 + 2, "middle", shown);
			}
		}
	}

	private String label(Step step, Locale locale) {
		String action = messages.getMessage("disclosure.step." + step.action() + "." + step.to(), null,
				actionName(step.action(), locale), locale);
		String roles = step.by().stream().sorted()
			.map(r -> messages.getMessage("disclosure.role." + r, null, r.chineseName(), locale))
			.collect(Collectors.joining("/"));
		return action + " · " + roles;
	}

	private String actionName(Action action, Locale locale) {
		return messages.getMessage("disclosure.action." + action, null, action.path(), locale);
	}

	private void box(StringBuilder svg, int x, int y, CaseStatus status, boolean onMainPath, Locale locale) {
		boolean last = status == CaseStatus.ANSWERED || status == CaseStatus.VOIDED;
		String fill = onMainPath ? (last ? "#198754" : "#0d6efd") : "#f8f9fa";
		String stroke = onMainPath ? fill : "#6c757d";
		svg.append("<rect x=\"").append(x - BOX_W / 2).append("\" y=\"").append(y - BOX_H / 2).append("\" width=\"")
			.append(BOX_W).append("\" height=\"").append(BOX_H).append("\" rx=\"8\" fill=\"").append(fill)
			.append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1.5\"/>\n");
		text(svg, x, y + 5, 15, "middle", onMainPath ? "#ffffff" : "#212529", "bold",
				messages.getMessage("disclosure.status." + status, null, status.name(), locale));
	}

	private static void pill(StringBuilder svg, int x, int y, String label) {
		svg.append("<rect x=\"").append(x - 60).append("\" y=\"").append(y - 14).append(
				"\" width=\"120\" height=\"28\" rx=\"14\" fill=\"#fff3cd\" stroke=\"#997404\" stroke-width=\"1.2\"/>\n");
		text(svg, x, y + 5, 13, "middle", "#664d03", "bold", label);
	}

	private static void line(StringBuilder svg, String path, String colour, boolean dashed) {
		svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
			.append("\" stroke-width=\"1.6\"").append(dashed ? " stroke-dasharray=\"6 4\"" : "")
			.append(" marker-end=\"url(#arrow)\"/>\n");
	}

	private static void edgeLabel(StringBuilder svg, int x, int y, String anchor, String label) {
		if (label != null) {
			svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"12\" text-anchor=\"")
				.append(anchor).append("\" fill=\"#343a40\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\">")
				.append(esc(label)).append("</text>\n");
		}
	}

	private static void text(StringBuilder svg, int x, int y, int size, String anchor, String fill, String weight,
			String text) {
		svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
			.append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill).append("\" font-weight=\"")
			.append(weight).append("\">").append(esc(text)).append("</text>\n");
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static int centreY(int row) {
		return TOP + ROW / 2 + row * ROW;
	}

	/** XML-escapes text for an element's content or an attribute. */
	static String esc(String s) {
		var out = new StringBuilder(s.length() + 8);
		for (char c : s.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
