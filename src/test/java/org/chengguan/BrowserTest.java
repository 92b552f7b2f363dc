package org.chengguan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test in a real browser against the full app. Without Chromium installed the test is skipped and says why —
 * except in CI ({@code CI=true}), where {@code .ci/run} installs it and a missing browser is a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformTest
@ExtendWith(BrowserTest.ChromiumPresent.class)
public @interface BrowserTest {

	class ChromiumPresent implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Browser.installed()) {
				return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
			}
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver for the browser "
						+ "tests: .ci/run installs them (apt-get install chromium chromium-driver)");
			}
			return ConditionEvaluationResult.disabled("No Chromium installed (apt-get install chromium "
					+ "chromium-driver): browser tests skipped");
		}
	}
}
