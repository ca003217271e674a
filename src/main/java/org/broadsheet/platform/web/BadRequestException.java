package org.broadsheet.platform.web;

/** Bad input from a client; its message is shown to the client, so keep it helpful and free of internals. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
