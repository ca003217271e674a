package org.broadsheet.api;

import java.util.Map;
import java.util.TreeMap;

import org.broadsheet.platform.web.BadRequestException;
import org.broadsheet.platform.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
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

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<ApiError> invalidFields(InvalidFieldsException e) {
        return ResponseEntity.status(400).body(new ApiError(e.getMessage(), 400, new TreeMap<>(e.fields())));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        Map<String, String> fields = new TreeMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(),
                f.getDefaultMessage() == null ? "This value is not valid." : f.getDefaultMessage()));
        return ResponseEntity.status(400).body(new ApiError("Some fields need fixing: " + String.join(", ", fields.keySet()) + ".", 400, fields));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable() {
        return ResponseEntity.status(400).body(new ApiError("The request body is not valid JSON of the expected shape.", 400));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden() {
        return ResponseEntity.status(403).body(new ApiError("Your role does not allow this.", 403));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(405).body(new ApiError("This address does not take " + e.getMethod() + ".", 405));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> wrongContentType() {
        return ResponseEntity.status(415).body(new ApiError("Send the request body as JSON (Content-Type: application/json).", 415));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge() {
        return ResponseEntity.status(413).body(new ApiError("The upload is too large.", 413));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> failure(Exception e) {
        log.error("event=api_request_failed", e);
        return ResponseEntity.status(500).body(new ApiError("Something went wrong on our side. Please try again.", 500));
    }
}
