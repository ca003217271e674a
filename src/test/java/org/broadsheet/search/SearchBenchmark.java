package org.broadsheet.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Author;
import org.broadsheet.content.BodySanitizer;
import org.broadsheet.content.Category;
import org.broadsheet.content.Tag;

/**
 * Search benchmark (see bench/README.md): generates N stories in memory, builds the index the way
 * {@link Reindexer} does, then measures SearchService latency and throughput on a mixed query load.
 * Run through {@code bench/search.sh N}.
 */
public final class SearchBenchmark {

    private static final int VOCABULARY = 6_000;
    private static final int WARMUP_QUERIES = 3_000;
    private static final int MEASURED_QUERIES = 10_000;
    private static final int THREADS = 2;
    private static final List<Category> CATEGORIES = List.of(new Category(1, "world", "World", "", null, 1),
            new Category(2, "business", "Business", "", null, 2), new Category(3, "science", "Science", "", null, 3),
            new Category(4, "sport", "Sport", "", null, 4), new Category(5, "culture", "Culture", "", null, 5));

    private final Random random = new Random(42);
    private final String[] words = vocabulary();
    private final double[] cumulative = zipf(words.length);

    public static void main(String[] args) throws Exception {
        int stories = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        new SearchBenchmark().run(stories);
    }

    private void run(int stories) throws Exception {
        Path root = Files.createTempDirectory("search-bench");
        Instant now = Instant.now();
        List<Article> articles = new ArrayList<>(stories);
        long genStart = System.nanoTime();
        for (int i = 1; i <= stories; i++) {
            articles.add(article(i, now));
        }
        System.out.printf("generated %,d stories in %.1f s%n", stories, seconds(genStart));

        long buildStart = System.nanoTime();
        try (FSDirectory dir = FSDirectory.open(root.resolve("gen-1"));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(StoryDocuments.analyzer())
                     .setRAMBufferSizeMB(64))) {
            for (Article a : articles) {
                writer.addDocument(StoryDocuments.of(a, List.of(a.category())));
            }
            writer.setLiveCommitData(Map.of(SearchIndex.POSITION, "1").entrySet());
            writer.forceMerge(1);
            writer.commit();
        }
        double buildSeconds = seconds(buildStart);
        new IndexLayout(root).point("gen-1");
        long bytes = size(root);
        articles.clear();
        System.out.printf("index build: %.1f s (%,.0f stories/s), size %.1f MB%n", buildSeconds,
                stories / buildSeconds, bytes / 1e6);

        SearchIndex index = new SearchIndex(root);
        SearchService search = new SearchService(index, Clock.systemUTC());
        List<SearchRequest> queries = new ArrayList<>();
        for (int i = 0; i < WARMUP_QUERIES + MEASURED_QUERIES; i++) {
            queries.add(query());
        }
        for (SearchRequest q : queries.subList(0, WARMUP_QUERIES)) {
            search.search(q);
        }
        List<SearchRequest> measured = queries.subList(WARMUP_QUERIES, queries.size());
        long[] latencies = new long[measured.size()];
        for (int i = 0; i < measured.size(); i++) {
            long t = System.nanoTime();
            search.search(measured.get(i));
            latencies[i] = System.nanoTime() - t;
        }
        Arrays.sort(latencies);
        System.out.printf("latency (1 thread, %,d queries, with highlighting): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                measured.size(), ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long tputStart = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                for (int i = offset; i < measured.size(); i += THREADS) {
                    search.search(measured.get(i));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("throughput (%d threads): %,.0f queries/s%n", THREADS, measured.size() / seconds(tputStart));
        index.close();
        deleteTree(root);
    }

    /** 1-3 words by word frequency; one in ten a quoted phrase, one in twenty with a typo, one in ten filtered. */
    private SearchRequest query() {
        int n = 1 + random.nextInt(3);
        List<String> q = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            q.add(word(2_000));
        }
        String text = String.join(" ", q);
        int kind = random.nextInt(20);
        if (kind < 2 && n > 1) {
            text = "\"" + text + "\"";
        } else if (kind == 2) {
            text = text.substring(1);
        }
        String category = random.nextInt(10) == 0 ? CATEGORIES.get(random.nextInt(CATEGORIES.size())).slug() : null;
        return new SearchRequest(text, category, null, null, SearchRequest.Sort.RELEVANCE, 1);
    }

    private Article article(long id, Instant now) {
        String title = sentence(6 + random.nextInt(6));
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 5; p++) {
            body.append("<p>").append(sentence(60 + random.nextInt(40))).append("</p>");
        }
        Category category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
        Instant published = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
        List<Tag> tags = List.of(new Tag(random.nextInt(50), "tag-" + random.nextInt(50), word(300)));
        return new Article(id, "story-" + id, title, sentence(20), BodySanitizer.sanitize(body.toString()), null,
                ArticleStatus.PUBLISHED, false, published, published,
                new Author(1 + random.nextInt(40), "author-" + random.nextInt(40), word(VOCABULARY) + " " + word(VOCABULARY), "", null),
                category, tags, null, 3, null, null);
    }

    private String sentence(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(i == 0 ? "" : " ").append(word(words.length));
        }
        return s.toString();
    }

    /** A word by Zipf frequency among the {@code top} most frequent. */
    private String word(int top) {
        double r = random.nextDouble() * cumulative[Math.min(top, words.length) - 1];
        int i = Arrays.binarySearch(cumulative, r);
        return words[Math.min(i < 0 ? -i - 1 : i, words.length - 1)];
    }

    private static String[] vocabulary() {
        String[] syllables = {"ka", "lo", "mer", "sta", "vin", "ro", "tel", "an", "dor", "pi", "ques", "ful", "bra",
                "ne", "ost", "ri", "gan", "mo", "sel", "tu", "ver", "ha", "lin", "cor"};
        Random r = new Random(7);
        java.util.LinkedHashSet<String> set = new java.util.LinkedHashSet<>();
        while (set.size() < VOCABULARY) {
            int n = 2 + r.nextInt(3);
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < n; i++) {
                w.append(syllables[r.nextInt(syllables.length)]);
            }
            set.add(w.toString());
        }
        return set.toArray(String[]::new);
    }

    private static double[] zipf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            c[i] = sum;
        }
        return c;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * sorted.length))] / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long size(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
