package org.chengguan.citizens.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.stereotype.Component;

/**
 * The citizens' pages read their texts from this module's own bundle, {@code messages_citizens} (中文 by default,
 * {@code _en} English), the one the notifications are written from: it is added to the application's message source
 * when that is created, after the bundles named by {@code spring.messages.basename}.
 */
@Component
class CitizenPageTexts implements BeanPostProcessor {

	static final String BUNDLE = "messages_citizens";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractResourceBasedMessageSource source && !source.getBasenameSet().contains(BUNDLE)) {
			source.addBasenames(BUNDLE);
		}
		return bean;
	}
}
