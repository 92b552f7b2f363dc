package org.chengguan.open311.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.CategoryKind;
import org.springframework.stereotype.Component;

/**
 * Open311's services are the catalogue's active categories: service_code is the category's code ({@code E0102}),
 * service_name its name, group its kind and class ({@code 事件/市容环境}), keywords its codes, kind, class and
 * department, type {@code realtime} (a request id comes back at once). Inactive categories are not offered.
 */
@Component
public class ServiceCatalogue {

	private final CatalogueManagement catalogue;

	private final PublicTexts texts;

	ServiceCatalogue(CatalogueManagement catalogue, PublicTexts texts) {
		this.catalogue = catalogue;
		this.texts = texts;
	}

	/** A service of the list, with its definition's attributes (empty when metadata is false). */
	public record Service(String code, String name, String description, String keywords, String group,
			List<ServiceAttribute> attributes, Category category) {

		public boolean metadata() {
			return !attributes.isEmpty();
		}
	}

	public List<Service> services() {
		return catalogue.categories().stream().filter(Category::active).map(this::service).toList();
	}

	/** The offered service with this code (in any form the catalogue reads); empty if none or inactive. */
	public Optional<Service> service(String code) {
		return catalogue.category(code).filter(Category::active).map(this::service);
	}

	/** The category's name, active or not: requests keep the category they had. */
	public String nameOf(String categoryCode) {
		return catalogue.category(categoryCode).map(Category::name).orElse(categoryCode);
	}

	/**
	 * What the platform will do about a request of this category (service_notice): who handles it and within what
	 * limit. {@code agency} names the department where the request's region routes it elsewhere; null means the
	 * category's default department.
	 */
	public String notice(String categoryCode, String agency) {
		return catalogue.category(categoryCode)
			.map(c -> texts.text(c.urgent() ? "service.notice.urgent" : "service.notice",
					agency != null ? agency : c.defaultDepartment().name(), texts.limit(c.defaultLimit())))
			.orElse(null);
	}

	private Service service(Category c) {
		String kind = c.kind().chineseName();
		String group = texts.text("service.group", kind, c.categoryClass().name());
		String keywords = Stream.of(c.code(), c.chineseCode(), kind, c.categoryClass().name(),
				c.defaultDepartment().name()).distinct().collect(Collectors.joining(", "));
		String description = texts.text("service.description", c.name(), c.chineseCode(),
				c.filingRule() == null ? "" : c.filingRule());
		List<ServiceAttribute> attributes = c.kind() == CategoryKind.COMPONENT
				? Arrays.stream(ComponentAttribute.values()).map(a -> a.definition(texts)).toList() : List.of();
		return new Service(c.code(), c.name(), description, keywords, group, attributes, c);
	}
}
