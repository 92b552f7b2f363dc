package org.chengguan.cases;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link CaseSubjects} beans by kind. Looked up when first needed rather than injected: the modules that offer
 * subjects use the cases module's API themselves (to count the reports about a thing).
 */
@Component
class Subjects {

	private final ObjectProvider<CaseSubjects> beans;

	private volatile Map<String, CaseSubjects> byKind;

	Subjects(ObjectProvider<CaseSubjects> beans) {
		this.beans = beans;
	}

	/** The thing the reference names, if a module offers its kind and the thing exists. */
	Optional<CaseSubjects.Subject> find(CaseSubject subject) {
		CaseSubjects source = byKind().get(subject.kind());
		return source == null ? Optional.empty() : source.find(subject.id());
	}

	/** The kinds offered, in order: to say which ones there are when a reference names another. */
	java.util.Set<String> kinds() {
		return byKind().keySet();
	}

	private Map<String, CaseSubjects> byKind() {
		Map<String, CaseSubjects> known = byKind;
		if (known == null) {
			Map<String, CaseSubjects> found = new TreeMap<>();
			beans.orderedStream().forEach(bean -> {
				CaseSubjects other = found.putIfAbsent(bean.kind(), bean);
				if (other != null) {
					throw new IllegalStateException("two beans offer subjects of the kind '" + bean.kind() + "': "
							+ other.getClass().getName() + " and " + bean.getClass().getName());
				}
			});
			known = java.util.Collections.unmodifiableMap(found);
			byKind = known;
		}
		return known;
	}
}
