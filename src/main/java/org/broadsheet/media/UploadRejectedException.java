package org.broadsheet.media;

/**
 * An upload the media library refuses: {@code status} is the HTTP status to answer with (400, 413,
 * 415, 422), the message is shown to the person who uploaded, so it says what to do.
 */
public class UploadRejectedException extends RuntimeException {

    private final int status;

    public UploadRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static UploadRejectedException tooLarge(long maxBytes) {
        return new UploadRejectedException(413, "The file is too large: pictures may be at most "
                + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB") + ".");
    }
}
