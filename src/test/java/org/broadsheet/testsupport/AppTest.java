package org.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.broadsheet.content.ArticleService;
import org.broadsheet.content.TaxonomyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that starts the application: the whole site on a random port, with its own
 * temporary data directory (the SQLite file follows it through application.yml).
 * <p>
 * Every subclass that adds no configuration of its own shares ONE application context, and with
 * it one database, so tests never assume an empty database: they make their own categories, tags
 * and authors with {@link Unique} names. Do not add annotations or properties in subclasses
 * unless a second context is meant (as for PostgreSQL).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "broadsheet.contact.max-messages=" + AppTest.CONTACT_MAX_MESSAGES,
        "server.tomcat.accesslog.enabled=false",
        "logging.level.org.broadsheet=WARN"})
public abstract class AppTest {

    /** Low, so the rate limit of the contact form can be reached quickly. */
    public static final int CONTACT_MAX_MESSAGES = 3;

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("broadsheet.data-dir", DATA_DIR::toString);
    }

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected ArticleService articles;

    @Autowired
    protected TaxonomyService taxonomy;

    @Autowired
    protected JdbcClient jdbc;

    /** A client of the running site; it keeps cookies and does not follow redirects. */
    protected SiteClient http() {
        return new SiteClient(port, null);
    }

    /**
     * A client connecting from a loopback address of its own (127.x.y.z), so the server sees a
     * different reader: the contact form's rate limit counts per client address.
     */
    protected SiteClient newReader() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        byte[] address = {127, (byte) (2 + random.nextInt(250)), (byte) random.nextInt(256), (byte) (1 + random.nextInt(250))};
        try {
            return new SiteClient(port, InetAddress.getByAddress(address));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Story builder that saves through {@link ArticleService#save}. */
    protected Stories stories() {
        return new Stories(articles);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Path createDataDir() {
        try {
            Path target = Path.of("target");
            return Files.isDirectory(target)
                    ? Files.createTempDirectory(target, "it-data-")
                    : Files.createTempDirectory("broadsheet-it-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
