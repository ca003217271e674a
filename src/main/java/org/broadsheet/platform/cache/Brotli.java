package org.broadsheet.platform.cache;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brotli compression of cached pages (Brotli4j: Google's encoder through JNI; there is no
 * maintained pure-Java encoder). Where its native library does not load (a platform without a
 * bundled one), pages are served gzip-compressed only.
 */
final class Brotli {

    /** Quality 6 of 11: about gzip's speed at 10–20% fewer bytes on HTML; pages are compressed once, then served many times. */
    private static final Encoder.Parameters PARAMETERS = new Encoder.Parameters().setQuality(6).setMode(Encoder.Mode.TEXT);
    private static final Logger log = LoggerFactory.getLogger(Brotli.class);
    private static final boolean AVAILABLE = load();

    private Brotli() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    /** The Brotli-compressed bytes, or null when Brotli is not available or fails. */
    static byte[] compress(byte[] body) {
        if (!AVAILABLE) {
            return null;
        }
        try {
            return Encoder.compress(body, PARAMETERS);
        } catch (Exception | UnsatisfiedLinkError e) {
            log.warn("event=brotli_failed bytes={} error=\"{}\"", body.length, e.toString());
            return null;
        }
    }

    private static boolean load() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            log.info("event=brotli_unavailable reason=\"{}\" fallback=gzip", e.toString());
            return false;
        }
    }
}
