package org.broadsheet.platform.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests of a training run: the pages readers ask for first (the home page, the newest story, a
 * section, a search, the feeds, the sitemap, a missing page and the style sheet), found from the home
 * page's links and asked for several rounds, so that the second and later rounds are page-cache hits,
 * every other one compressed.
 */
final class TrainingVisits {

    /** What one request gave: the path and its status, or -1 when it failed (the reason in {@code error}). */
    record Visit(String path, int status, String error) {
        /** No answer, or a server error (a 404 is an answer). */
        boolean failed() {
            return status < 0 || status >= 500;
        }
    }

    static final int ROUNDS = 5;

    private static final Pattern STORY = Pattern.compile("href=\"(/story/[^\"#?]+)\"");
    private static final Pattern SECTION = Pattern.compile("href=\"(/category/[^\"#?]+)\"");
    private static final Pattern STYLE_SHEET = Pattern.compile("href=\"(/assets/[^\"#?]+\\.css)\"");
    private static final Pattern SEARCH_WORD = Pattern.compile("/story/([a-z]{3,})");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    TrainingVisits(URI base) {
        this.base = base;
    }

    /** Asks for every page {@code rounds} times; a failed request is noted and the others go on. */
    List<Visit> run(int rounds) {
        List<Visit> visits = new ArrayList<>();
        String[] homePage = {""};
        visits.add(get("/", false, body -> homePage[0] = body));
        List<String> paths = paths(homePage[0]);
        for (int round = 0; round < rounds; round++) {
            for (String path : paths) {
                visits.add(get(path, round % 2 == 1, body -> { }));
            }
        }
        return visits;
    }

    /** The paths to ask for, from the home page's HTML (fewer on a site with no stories yet). */
    static List<String> paths(String homePage) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/");
        firstMatch(STORY, homePage).ifPresent(paths::add);
        firstMatch(SECTION, homePage).ifPresent(paths::add);
        firstMatch(STYLE_SHEET, homePage).ifPresent(paths::add);
        paths.add("/search?q=" + firstMatch(SEARCH_WORD, homePage).orElse("news"));
        paths.addAll(List.of("/feed", "/feed/atom", "/feed.json", "/sitemap.xml", "/robots.txt", "/login",
                "/training-run-missing-page"));
        return List.copyOf(paths);
    }

    private static Optional<String> firstMatch(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private Visit get(String path, boolean compressed, Consumer<String> onBody) {
        try {
            HttpResponse<String> response = http.send(request(path, compressed), HttpResponse.BodyHandlers.ofString());
            onBody.accept(response.body());
            return new Visit(path, response.statusCode(), null);
        } catch (IOException e) {
            return new Visit(path, -1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Visit(path, -1, e.toString());
        }
    }

    /** Every other round asks for gzip, as browsers do (the home page, read for its links, is not). */
    private HttpRequest request(String path, boolean compressed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        return compressed ? request.header("Accept-Encoding", "gzip").build() : request.build();
    }
}
