package org.broadsheet.api;

import org.broadsheet.platform.web.BadRequestException;
import org.broadsheet.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns exceptions of the JSON APIs into {@link ApiError} bodies, never stack traces. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return ResponseEntity.status(404).body(new ApiError(e.getMessage(), 404));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return ResponseEntity.status(400).body(new ApiError(e.getMessage(), 400));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.status(400).body(new ApiError("The parameter '" + e.getParameterName() + "' is required.", 400));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.status(400).body(new ApiError("The parameter '" + e.getName() + "' has a value of the wrong kind.", 400));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable() {
        return ResponseEntity.status(406).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("This API answers in JSON only (Accept: application/json).", 406));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> failure(Exception e) {
        log.error("event=api_request_failed", e);
        return ResponseEntity.status(500).body(new ApiError("Something went wrong on our side. Please try again.", 500));
    }
}
