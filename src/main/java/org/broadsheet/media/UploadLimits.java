package org.broadsheet.media;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Upload size limits that answer with a clear message instead of a broken connection or a 500:
 * a request whose Content-Length is over the limit is refused before anything reads it (before the
 * security filters, which would otherwise parse the multipart body to find the CSRF token); the
 * multipart parser's own limit (for a body without Content-Length) gives the same answer.
 * The file limit itself ({@code broadsheet.media.max-upload-bytes}) is checked by {@link MediaService};
 * the parser allows {@link #ENVELOPE} more for the form's other fields.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    static final long ENVELOPE = 1024 * 1024;
    static final String[] UPLOAD_PATHS = {"/newsroom/media", "/api/admin/media"};

    @Bean
    MultipartConfigElement multipartConfigElement(BroadsheetProperties properties) {
        long max = properties.media().maxUploadBytes() + ENVELOPE;
        return new MultipartConfigElement("", max, max, 1024 * 1024);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSizeFilter(BroadsheetProperties properties) {
        long maxBytes = properties.media().maxUploadBytes();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > maxBytes + ENVELOPE) {
                    refuse(request, response, UploadRejectedException.tooLarge(maxBytes).getMessage());
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(UPLOAD_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("uploadSizeFilter");
        return registration;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        if (UploadAnswers.json(request)) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"error\":\"" + message.replace("\"", "\\\"") + "\",\"status\":413}");
        } else {
            response.sendRedirect("/newsroom/media?rejected=too-large");
        }
    }

    /** The multipart parser's limit, reached by a body without Content-Length: the same answer as the filter's. */
    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class TooLarge {

        private final BroadsheetProperties properties;

        TooLarge(BroadsheetProperties properties) {
            this.properties = properties;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        Object tooLarge(HttpServletRequest request) {
            String message = UploadRejectedException.tooLarge(properties.media().maxUploadBytes()).getMessage();
            if (UploadAnswers.json(request)) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("error", message, "status", 413));
            }
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", "/newsroom/media?rejected=too-large").build();
        }
    }
}
