package org.broadsheet.syndication.parse;

/** The whole document is not a feed we can read; the message says why in plain words. */
public class FeedParseException extends Exception {

    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
