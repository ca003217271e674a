package org.broadsheet.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running reader site with the demo content, on a random port, over real HTTP. Every browser,
 * validity and accessibility test extends this class, so they all share one Spring context (one
 * start-up, one data directory under {@code target/}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "broadsheet.demo=true")
public abstract class DemoSiteTest {

    private static final Path DATA_DIR = createDataDir();

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("broadsheet.data-dir", DATA_DIR::toString);
    }

    /** The site's address, without a trailing slash: {@code http://localhost:PORT}. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected String url(String path) {
        return baseUrl() + path;
    }

    /** What the demo site publishes, looked up through its public JSON API. */
    protected SiteContent content() {
        return new SiteContent(baseUrl());
    }

    private static Path createDataDir() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target.toAbsolutePath(), "browser-it-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
