package org.chengguan.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chengguan.identity.Actors;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Gives every page the signed-in user as {@code me} (null when nobody is signed in): added to the model of each view
 * a page controller renders. Not a {@code @ModelAttribute} advice: that one applied to the API's
 * {@code @RestController}s as well (they are {@code @Controller}s too), and building and invoking it took about a
 * tenth of an API request's CPU in Spring MVC (measured with JFR on the intake, docs/PERFORMANCE.md).
 */
@Configuration(proxyBeanMethods = false)
class CurrentActorAdvice implements WebMvcConfigurer, HandlerInterceptor {

	private final Actors actors;

	CurrentActorAdvice(Actors actors) {
		this.actors = actors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getModel().containsKey("me")) {
			return;
		}
		String name = page.getViewName();
		if (name != null ? !name.startsWith("redirect:") : !(page.getView() instanceof RedirectView)) {
			page.addObject("me", actors.current().orElse(null));
		}
	}
}
