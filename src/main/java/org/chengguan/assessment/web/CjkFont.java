package org.chengguan.assessment.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.pdf.BaseFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK font the PDF report embeds: {@code chengguan.assessment.pdf-font} if set, else the first of Debian's
 * fonts-wqy-microhei or fonts-wqy-zenhei found (TrueType collections, whose first face is taken). Without one the
 * report is refused rather than printed as empty boxes.
 */
@Component
class CjkFont {

	static final List<String> CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

	private final List<String> candidates;

	private volatile BaseFont loaded;

	CjkFont(@Value("${chengguan.assessment.pdf-font:}") String configured) {
		List<String> all = new ArrayList<>();
		if (!configured.isBlank()) {
			all.add(configured.strip());
		}
		all.addAll(CANDIDATES);
		this.candidates = List.copyOf(all);
	}

	/** The font, embedded as a subset with Unicode (Identity-H) encoding; empty when no candidate file exists. */
	Optional<BaseFont> font() {
		if (loaded == null) {
			synchronized (this) {
				if (loaded == null) {
					loaded = candidates.stream().map(Path::of).filter(Files::isReadable).findFirst()
						.map(CjkFont::load).orElse(null);
				}
			}
		}
		return Optional.ofNullable(loaded);
	}

	/** The files looked for, for the refusal's detail. */
	List<String> candidates() {
		return candidates;
	}

	private static BaseFont load(Path file) {
		String name = file.toString();
		try {
			return BaseFont.createFont(name.endsWith(".ttc") ? name + ",0" : name, BaseFont.IDENTITY_H,
					BaseFont.EMBEDDED);
		}
		catch (Exception e) {
			throw new IllegalStateException("the CJK font " + name + " cannot be read: " + e.getMessage(), e);
		}
	}
}
