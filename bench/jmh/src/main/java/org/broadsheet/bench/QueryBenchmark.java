package org.broadsheet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.broadsheet.BroadsheetApplication;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleImporter;
import org.broadsheet.content.ArticleService;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.Category;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.platform.web.Cursor;
import org.broadsheet.platform.web.Slice;
import org.broadsheet.testsupport.StoryGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reader site's hot queries through ArticleService and the real repository SQL, on a SQLite file of
 * {@code stories} generated stories. The application context runs without a web server, as the import
 * command does. The database is built once per story count and reused by later forks and runs
 * (bench/jmh/target/data-N); delete that directory after changing the schema or the importer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class QueryBenchmark {

    /** Page sizes of HomeController (top stories + latest + 1) and ArchiveController. */
    private static final int HOME_LIST = 12;
    private static final int ARCHIVE_PAGE = 12;

    @Param("10000")
    public int stories;

    private ConfigurableApplicationContext context;
    private ArticleService articles;
    private Category category;
    private Cursor deepCursor;
    private String slug;
    private Article article;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Path.of("target", "data-" + stories).toAbsolutePath();  // bench/jmh.sh runs in bench/jmh
        Path ready = dir.resolve("imported");
        boolean fresh = !Files.exists(ready);
        if (fresh) {
            deleteRecursively(dir);
            Files.createDirectories(dir);
        }
        // As arguments, not default properties: application.yml would override those.
        context = new SpringApplicationBuilder(BroadsheetApplication.class).web(WebApplicationType.NONE)
                .run("--broadsheet.data-dir=" + dir, "--spring.main.log-startup-info=false", "--logging.level.root=WARN");
        articles = context.getBean(ArticleService.class);
        if (fresh) {
            long start = System.nanoTime();
            String corpus = String.join("\n", new StoryGenerator(20261124L).lines(stories));
            ArticleImporter.Report report = context.getBean(ArticleImporter.class)
                    .importLines(new BufferedReader(new StringReader(corpus)), lines -> { });
            System.out.printf("Imported %d stories (%d failed) in %.1f s into %s%n", report.created(), report.failed(),
                    (System.nanoTime() - start) / 1e9, dir);
            Files.writeString(ready, "ok\n");
        }
        TaxonomyService taxonomy = context.getBean(TaxonomyService.class);
        category = taxonomy.category("world").orElseThrow();
        deepCursor = cursorNineTenthsDown(category);
        // The newest story with tags, so that "related" matches on tags as well as the category.
        slug = articles.latest(Cursor.START, 100).items().stream().map(ArticleSummary::slug)
                .filter(s -> !articles.findPublished(s).orElseThrow().tags().isEmpty()).findFirst().orElseThrow();
        article = articles.findPublished(slug).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
    }

    @Benchmark
    public Slice<ArticleSummary> latestPage1() {
        return articles.latest(Cursor.START, HOME_LIST);
    }

    @Benchmark
    public Slice<ArticleSummary> categoryPage1() {
        return articles.inCategory(category, Cursor.START, ARCHIVE_PAGE);
    }

    @Benchmark
    public Slice<ArticleSummary> categoryDeepPage() {
        return articles.inCategory(category, deepCursor, ARCHIVE_PAGE);
    }

    @Benchmark
    public Optional<Article> articleBySlug() {
        return articles.findPublished(slug);
    }

    @Benchmark
    public List<ArticleSummary> related() {
        return articles.related(article, 1, 6);
    }

    /** Walks the category archive through the keyset cursor and returns the cursor of a page 90% down. */
    private Cursor cursorNineTenthsDown(Category c) {
        List<ArticleSummary> all = new ArrayList<>();
        Slice<ArticleSummary> slice = articles.inCategory(c, Cursor.START, ArticleService.MAX_PAGE_SIZE);
        all.addAll(slice.items());
        while (slice.hasNext()) {
            slice = articles.inCategory(c, slice.next(), ArticleService.MAX_PAGE_SIZE);
            all.addAll(slice.items());
        }
        int pages = all.size() / ARCHIVE_PAGE;
        ArticleSummary last = all.get(pages * 9 / 10 * ARCHIVE_PAGE - 1);
        System.out.printf("Category '%s': %d stories, deep page %d of %d%n", c.slug(), all.size(), pages * 9 / 10 + 1, pages);
        return new Cursor(last.publishedAt(), last.id());
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
