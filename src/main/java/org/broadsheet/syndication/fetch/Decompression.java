package org.broadsheet.syndication.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * gzip and deflate (zlib-wrapped or raw, as servers disagree) undone here, never past the size
 * limit: a compression bomb stops at the limit with a clear reason. A gzip body without a
 * Content-Encoding (a .gz file served as is) is recognised by its magic number.
 */
final class Decompression {

    private Decompression() {
    }

    static byte[] decode(byte[] body, String contentEncoding, long limit) throws IOException {
        String[] encodings = contentEncoding == null ? new String[0] : contentEncoding.toLowerCase(Locale.ROOT).split(",");
        byte[] data = body;
        boolean decoded = false;
        for (int i = encodings.length - 1; i >= 0; i--) {
            String e = encodings[i].strip();
            if (e.equals("gzip") || e.equals("x-gzip")) {
                data = gunzipOrAsIs(data, limit);
                decoded = true;
            } else if (e.equals("deflate")) {
                data = inflate(data, limit);
                decoded = true;
            } else if (!e.isEmpty() && !e.equals("identity") && !e.equals("none")) {
                throw new IOException("The server compressed the feed with \"" + e + "\", which we did not ask for.");
            }
        }
        if (!decoded && isGzip(data)) {
            data = gunzipOrAsIs(data, limit);
        }
        return data;
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
    }

    /** Some servers say gzip and send plain bytes: those are taken as they are. */
    private static byte[] gunzipOrAsIs(byte[] data, long limit) throws IOException {
        if (!isGzip(data)) {
            return data;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data), 8192)) {
            return readLimited(in, limit);
        } catch (TooLarge e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("The feed's gzip compression is broken (" + e.getMessage() + ").", e);
        }
    }

    private static byte[] inflate(byte[] data, long limit) throws IOException {
        boolean zlib = data.length >= 2 && (data[0] & 0x0F) == 8 && ((data[0] & 0xFF) << 8 | data[1] & 0xFF) % 31 == 0;
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(!zlib), 8192)) {
            return readLimited(in, limit);
        } catch (TooLarge e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("The feed's deflate compression is broken (" + e.getMessage() + ").", e);
        }
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw TooLarge.over(limit, " once decompressed (a compression bomb?)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
