package org.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.broadsheet.site.SiteUrls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reader's browser without the browser: {@link HttpClient} against the running site, keeping
 * cookies (session, CSRF) and never following redirects, so tests see each answer as sent.
 */
public final class SiteClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;

    SiteClient(int port, InetAddress localAddress) {
        this.port = port;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10));
        if (localAddress != null) {
            builder.localAddress(localAddress);
        }
        this.client = builder.build();
    }

    /** What came back: status, headers and the body as text. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        public Document html() {
            return Jsoup.parse(body);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body);
        }
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    public Answer get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header(header, value).GET());
    }

    /** Posts a form as a browser does ({@code application/x-www-form-urlencoded}). */
    public Answer postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> SiteUrls.encode(e.getKey()) + "=" + SiteUrls.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a body of any type ({@code headers}: name, value, name, value...), for multipart uploads. */
    public Answer post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Loads the page with the form and posts {@code fields} with its CSRF token, as a reader would. */
    public Answer submitForm(String path, Map<String, String> fields) {
        return submitForm(path, path, fields);
    }

    /** Loads the page at {@code pagePath} and posts {@code fields} with its CSRF token to {@code action}. */
    public Answer submitForm(String pagePath, String action, Map<String, String> fields) {
        String path = pagePath;
        Answer form = get(path);
        Matcher token = CSRF_FIELD.matcher(form.body());
        if (!token.find()) {
            throw new AssertionError("No CSRF field on " + path + ": " + form);
        }
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token.group(1));
        return postForm(action, withToken);
    }

    /**
     * Sends {@code json} (null: no body) with {@code method} and extra headers given as name, value
     * pairs, e.g. {@code send("POST", "/api/admin/stories", "{...}", "Authorization", "Bearer " + token)}.
     */
    public Answer send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Sends a request built by the test (multipart uploads, odd methods), with this client's cookies. */
    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
