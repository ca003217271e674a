package org.broadsheet.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in a list ordered newest first by {@code (published_at, id)}: the next page
 * holds what comes strictly after it. Sent to clients as an opaque URL-safe token.
 */
public record Cursor(Instant time, long id) {

    public static final Cursor START = new Cursor(Instant.ofEpochMilli(Long.MAX_VALUE), Long.MAX_VALUE);
    private static final int MAX_TOKEN_LENGTH = 64;

    public String token() {
        String raw = time.toEpochMilli() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a token made by {@link #token()}; null or empty means the start of the list. */
    public static Cursor parse(String token) {
        if (token == null || token.isEmpty()) {
            return START;
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidCursorException();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            int dot = raw.indexOf('.');
            long millis = Long.parseLong(raw.substring(0, dot));
            long id = Long.parseLong(raw.substring(dot + 1));
            if (millis < 0 || id < 0) {
                throw new InvalidCursorException();
            }
            return new Cursor(Instant.ofEpochMilli(millis), id);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidCursorException();
        }
    }

    /** A page cursor that cannot be read: the client gets a 400 with this message. */
    public static class InvalidCursorException extends BadRequestException {
        public InvalidCursorException() {
            super("The page cursor is not valid. Start again from the first page.");
        }
    }
}
