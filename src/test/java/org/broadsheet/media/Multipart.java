package org.broadsheet.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.testsupport.SiteClient;

/** A multipart/form-data body as a browser sends it: text fields and one file. */
public final class Multipart {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String boundary = "----broadsheet" + System.nanoTime();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileName;
    private String fileType;
    private byte[] file;

    public Multipart field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public Multipart file(String name, String type, byte[] content) {
        this.fileName = name;
        this.fileType = type;
        this.file = content;
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The CSRF token of a signed-in client, from the media library's upload form. */
    public static String csrfToken(SiteClient client) {
        SiteClient.Answer page = client.get("/newsroom/media");
        Matcher token = CSRF_FIELD.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("No CSRF field on /newsroom/media: " + page);
        }
        return token.group(1);
    }

    /** Posts as the story editor's script does: CSRF header, JSON answer. */
    public SiteClient.Answer postAsScript(SiteClient client, String path) {
        return client.post(path, contentType(), body(), "X-CSRF-TOKEN", csrfToken(client), "Accept", "application/json");
    }
}
