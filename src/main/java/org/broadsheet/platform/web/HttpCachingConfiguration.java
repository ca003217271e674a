package org.broadsheet.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Conditional GET and cache headers. Every successful GET response gets an ETag from its bytes
 * (a matching If-None-Match is answered 304 without a body); responses of our controllers get a
 * Cache-Control from {@link CacheProfiles} and the surrogate keys the controller named.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        // Weak: the same page goes out gzip- or Brotli-coded or plain. Tomcat refuses to compress a
        // response with a strong ETag, which left every uncached page and asset uncompressed.
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setName("etagFilter");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CacheHeaders()).excludePathPatterns("/assets/**", "/media/**", "/actuator/**");
    }

    /** Sets Cache-Control on GET responses that do not set their own. */
    static final class CacheHeaders implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, CacheProfiles.PRIVATE);
            }
            return true;
        }

        @Override
        public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                               org.springframework.web.servlet.ModelAndView modelAndView) {
            if (response.containsHeader(HttpHeaders.CACHE_CONTROL) || response.getStatus() >= 400) {
                return;
            }
            boolean personal = request.getSession(false) != null || request.getUserPrincipal() != null;
            boolean html = modelAndView != null;
            if (personal) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, CacheProfiles.PRIVATE);
                return;
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, html ? CacheProfiles.PUBLIC_PAGE : CacheProfiles.PUBLIC_DATA);
            if (html) {
                // Theme, text size and consent are read from cookies and change the HTML.
                response.addHeader(HttpHeaders.VARY, "Cookie");
            }
            Object keys = request.getAttribute(CacheProfiles.SURROGATE_KEYS_ATTRIBUTE);
            if (keys instanceof String k && !k.isBlank()) {
                response.setHeader(CacheProfiles.SURROGATE_KEY, k);
                response.setHeader(CacheProfiles.CACHE_TAG, k.replace(' ', ','));
            }
        }
    }
}
