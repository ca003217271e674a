package org.broadsheet.syndication.fetch;

import java.io.IOException;

/** The body is over the size limit (before or after decompression); the message says so for editors. */
final class TooLarge extends IOException {

    TooLarge(String message) {
        super(message);
    }

    static TooLarge over(long limit, String what) {
        return new TooLarge("The feed is larger than " + megabytes(limit) + what + ": refused.");
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
