package org.broadsheet.media;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether an upload is answered in JSON or as a page: a browser's form post asks for HTML
 * ({@code Accept: text/html,...}) and gets the library page back; a script's {@code fetch} (which
 * sends {@code Accept: *}{@code /*} unless told otherwise) and the Admin API get JSON.
 */
public final class UploadAnswers {

    private UploadAnswers() {
    }

    public static boolean json(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith("/api/") || accept == null || !accept.contains("text/html");
    }
}
