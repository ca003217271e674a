package org.broadsheet.platform.cache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stored page's response headers encoded once, as the bytes Tomcat writes to the wire, so a hit
 * copies them instead of encoding and checking every name and value again
 * ({@link PageCacheValve}). Control characters other than tab become spaces, as Tomcat does with
 * header strings.
 */
public final class HeaderBlock {

    private final byte[][] names;
    private final byte[][] values;
    private final int size;

    private HeaderBlock(byte[][] names, byte[][] values) {
        this.names = names;
        this.values = values;
        int bytes = 0;
        for (int i = 0; i < names.length; i++) {
            bytes += names[i].length + values[i].length + 4;
        }
        this.size = bytes;
    }

    static HeaderBlock of(Map<String, List<String>> headers) {
        List<byte[]> names = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        headers.forEach((name, list) -> list.forEach(value -> {
            names.add(bytes(name));
            values.add(bytes(value));
        }));
        return new HeaderBlock(names.toArray(byte[][]::new), values.toArray(byte[][]::new));
    }

    static byte[] bytes(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 32 && b != '\t') || b == 127) {
                bytes[i] = ' ';
            }
        }
        return bytes;
    }

    int count() {
        return names.length;
    }

    byte[] name(int i) {
        return names[i];
    }

    byte[] value(int i) {
        return values[i];
    }

    /** Bytes held, for the cache's weigher. */
    int size() {
        return size;
    }
}
