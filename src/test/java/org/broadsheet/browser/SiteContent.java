package org.broadsheet.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds real stories and categories of the running site through the public JSON API
 * ({@code /api/v1/...}) and plain HTTP, so tests never hard-code demo slugs.
 */
public final class SiteContent {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    SiteContent(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A published story: its slug and its site path. */
    public record Story(String slug, String path) {
    }

    /** The newest story. */
    public Story newestStory() {
        return stories("/api/v1/articles?limit=1").getFirst();
    }

    /** The newest story in the category {@code categorySlug}. */
    public Story storyIn(String categorySlug) {
        return stories("/api/v1/articles?limit=1&category=" + categorySlug).getFirst();
    }

    /** Up to {@code limit} stories, newest first. */
    public List<Story> stories(int limit) {
        return stories("/api/v1/articles?limit=" + limit);
    }

    /** The path of a category archive: the one of the newest story. */
    public String categoryPath() {
        JsonNode first = json("/api/v1/articles?limit=1").get("articles").get(0);
        return "/category/" + first.get("category").get("slug").asString();
    }

    /** The path of the first category archive that offers "Show More" below its first page. */
    public String categoryWithMoreThanOnePage() {
        for (JsonNode category : json("/api/v1/categories")) {
            String path = URI.create(category.get("url").asString()).getRawPath();
            if (get(path).body().contains("data-show-more")) {
                return path;
            }
        }
        throw new AssertionError("No category archive of the demo site offers 'Show More'");
    }

    /** The first of the newest stories whose page offers more Related Stories than it shows. */
    public Story storyWithMoreRelatedStories() {
        for (Story story : stories(50)) {
            if (get(story.path()).body().contains(story.path() + "/related?page=2")) {
                return story;
            }
        }
        throw new AssertionError("No story among the newest 50 offers 'Show More' under Related Stories");
    }

    /** GETs {@code path} over real HTTP, without following redirects. */
    public HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "text/html,application/json").GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during GET " + path, e);
        }
    }

    private List<Story> stories(String apiPath) {
        List<Story> stories = new ArrayList<>();
        for (JsonNode article : json(apiPath).get("articles")) {
            String url = article.get("url").asString();
            stories.add(new Story(article.get("slug").asString(), URI.create(url).getRawPath()));
        }
        if (stories.isEmpty()) {
            throw new AssertionError("The site publishes no stories at " + apiPath + " (is the demo content loaded?)");
        }
        return stories;
    }

    private JsonNode json(String apiPath) {
        HttpResponse<String> response = get(apiPath);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + apiPath + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
