package org.chengguan.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page controller whose refusals — not allowed, not found, a malformed or invalid request — are shown as a
 * page in words (the platform's {@code platform/page-error}) instead of the API's problem documents. The words are
 * the messages {@code value() + ".forbidden"}, {@code ".notFound"} and {@code ".invalid"}, each falling back to the
 * platform's {@code page.error.*}; errors a page can place next to a field it shows itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageErrors {

	/** The prefix of the page's messages, e.g. {@code "pitches.error"}; the default uses the platform's words. */
	String value() default "page.error";
}
