package org.broadsheet.site;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.platform.web.BadRequestException;
import org.broadsheet.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Error pages in the site's own layout. Exceptions from site controllers are turned into pages
 * here; everything else the container reports (unknown URLs, errors in filters) arrives at
 * {@code /error}. Paths under {@code /api/} get JSON instead.
 */
@Controller
@ControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

    private final ChromeFactory chromeFactory;

    SiteErrors(ChromeFactory chromeFactory) {
        this.chromeFactory = chromeFactory;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(404, request, response, model);
    }

    @ExceptionHandler({BadRequestException.class})
    String badRequest(BadRequestException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(400);
        return render(400, "That address is not quite right", e.getMessage(), request, model);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    String badParameter(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(400, request, response, model);
    }

    @ExceptionHandler(Exception.class)
    String failure(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.error("event=request_failed path={}", request.getRequestURI(), e);
        return page(500, request, response, model);
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("error", headingFor(status), "status", status));
        }
        return page(status, request, response, model);
    }

    private String page(int status, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(status);
        return render(status, headingFor(status), messageFor(status), request, model);
    }

    private String render(int status, String heading, String message, HttpServletRequest request, Model model) {
        Chrome chrome;
        try {
            chrome = chromeFactory.chrome(request);
        } catch (RuntimeException e) {
            log.warn("event=error_page_without_chrome reason={}", e.toString());
            chrome = new Chrome("Broadsheet", "", null, "", "en", ZoneOffset.UTC, List.of(), List.of(), List.of(),
                    List.of(), java.time.Year.now().getValue(), ReaderPreferences.DEFAULT, "/assets/site.css",
                    "/assets/site.js", "", null);
        }
        model.addAttribute("page", new ErrorPage(chrome, PageMeta.unindexed(heading + " – " + chrome.siteName()),
                status, heading, message));
        return "site/error";
    }

    static String headingFor(int status) {
        return switch (status) {
            case 400 -> "That request did not make sense to us";
            case 403 -> "You may not see this page";
            case 404 -> "We could not find that page";
            case 405 -> "That does not work here";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Something went wrong on our side" : "That did not work";
        };
    }

    static String messageFor(int status) {
        return switch (status) {
            case 404 -> "The story or page may have moved or been removed. Try the search box or the sections above.";
            case 400, 405 -> "Please check the address. The home page and the sections above are good places to start.";
            case 429 -> "Please wait a minute and try again.";
            default -> status >= 500 ? "The newsroom's systems have been told. Please try again in a moment."
                    : "Please go back and try again.";
        };
    }
}
