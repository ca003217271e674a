package org.broadsheet.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.lucene.store.FSDirectory;
import org.broadsheet.content.Article;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Author;
import org.broadsheet.content.BodySanitizer;
import org.broadsheet.content.Category;
import org.broadsheet.content.Tag;

/**
 * Search benchmark (see bench/README.md): generates N stories in memory, builds the index the way
 * {@link Reindexer} does (with {@link BulkIndexing}), then measures SearchService latency and throughput on a mixed query load.
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
        // -Dbench.index=DIR keeps the index there and reuses it on the next run (to compare query code only)
        String kept = System.getProperty("bench.index");
        Path root = kept == null ? Files.createTempDirectory("search-bench") : Path.of(kept);
        boolean reuse = kept != null && Files.exists(root.resolve("CURRENT"));
        Instant now = Instant.now();
        List<Article> articles = new ArrayList<>(stories);
        long genStart = System.nanoTime();
        for (int i = 1; i <= stories; i++) {
            articles.add(article(i, now));
        }
        System.out.printf("generated %,d stories in %.1f s%n", stories, seconds(genStart));

        if (reuse) {
            System.out.printf("reusing the index in %s (%.1f MB)%n", root, size(root) / 1e6);
        } else {
            build(root, articles, stories);
        }
        articles.clear();
        // the generated stories (a gigabyte at 100,000) are garbage now; left in the old generation they made
        // every young collection of the query phase a pause of 10 ms or more, which a site's heap does not have
        System.gc();
        if (Boolean.parseBoolean(System.getProperty("bench.queries", "true"))) { // -Dbench.queries=false: the build only
            runQueries(root, kept != null);
        }
    }

    /** Builds the index the way {@link Reindexer} does. */
    private static void build(Path root, List<Article> articles, int stories) throws IOException {
        long buildStart = System.nanoTime();
        long buildCpuStart = processCpuNanos();
        try (FSDirectory dir = FSDirectory.open(root.resolve("gen-1"));
             BulkIndexing writer = new BulkIndexing(dir)) {
            for (int from = 0; from < articles.size(); from += Reindexer.BATCH) {
                List<Article> batch = articles.subList(from, Math.min(articles.size(), from + Reindexer.BATCH));
                writer.add(batch, batch.stream().map(a -> List.of(a.category())).toList());
            }
            writer.commit(1);
        }
        double buildSeconds = seconds(buildStart);
        double buildCpuSeconds = (processCpuNanos() - buildCpuStart) / 1e9;
        new IndexLayout(root).point("gen-1");
        long bytes = size(root);
        System.out.printf("index build: %.1f s (%,.0f stories/s), %.1f s CPU (all threads), size %.1f MB%n",
                buildSeconds, stories / buildSeconds, buildCpuSeconds, bytes / 1e6);
    }

    private void runQueries(Path root, boolean keep) throws Exception {
        SearchIndex index = new SearchIndex(root);
        SearchService search = new SearchService(index, Clock.systemUTC());
        List<SearchRequest> queries = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < WARMUP_QUERIES + MEASURED_QUERIES; i++) {
            queries.add(query(kinds));
        }
        // -Dbench.warmup=N runs N warm-up queries (at least the 3,000 drawn before the measured ones, so that
        // these stay the same): on 2 cores the JIT compilers still running take turns with the measured thread
        int warmup = Math.max(WARMUP_QUERIES, Integer.getInteger("bench.warmup", WARMUP_QUERIES));
        for (int i = WARMUP_QUERIES; i < warmup; i++) {
            search.search(query());
        }
        for (SearchRequest q : queries.subList(0, WARMUP_QUERIES)) {
            search.search(q);
        }
        List<SearchRequest> measured = queries.subList(WARMUP_QUERIES, queries.size());
        long[] latencies = new long[measured.size()];
        long[] cpu = new long[measured.size()];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SearchResults[] results = new SearchResults[measured.size()];
        for (int i = 0; i < measured.size(); i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            results[i] = search.search(measured.get(i));
            latencies[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        long cpuTotal = Arrays.stream(cpu).sum();
        byKind(kinds.subList(WARMUP_QUERIES, kinds.size()), cpu);
        slowest(Integer.getInteger("bench.slowest", 0), measured, results, cpu);
        long waited = 0;
        int over1ms = 0;
        for (int i = 0; i < latencies.length; i++) {
            waited += latencies[i] - cpu[i];
            over1ms += latencies[i] - cpu[i] > 1_000_000 ? 1 : 0;
        }
        System.out.printf("wall minus CPU: %.1f ms in all, %d queries more than 1 ms off the CPU%n", waited / 1e6, over1ms);
        Arrays.sort(latencies);
        Arrays.sort(cpu);
        System.out.printf("latency (1 thread, %,d queries, with highlighting): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                measured.size(), ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6);
        System.out.printf("CPU time per query (the measuring thread's own, immune to other load): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms%n",
                ms(cpu, 0.50), ms(cpu, 0.90), ms(cpu, 0.99), cpu[cpu.length - 1] / 1e6, cpuTotal / 1e6 / cpu.length);

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
        if (!keep) {
            deleteTree(root);
        }
    }

    /** 1-3 words by word frequency; one in ten a quoted phrase, one in twenty with a typo, one in ten filtered. */
    private SearchRequest query() {
        return query(null);
    }

    /** As {@link #query()}, telling {@code kinds} (when given) what sort of query it is. */
    private SearchRequest query(List<String> kinds) {
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
        if (kinds != null) {
            kinds.add((kind < 2 && n > 1 ? "phrase of " + n : kind == 2 ? "typo, " + n : n + " word") + (n > 1 ? "s" : "")
                    + (category != null ? " + section" : ""));
        }
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

    /** The {@code n} queries that took most CPU time (-Dbench.slowest=N), with what they found. */
    private static void slowest(int n, List<SearchRequest> queries, SearchResults[] results, long[] cpu) {
        java.util.stream.IntStream.range(0, cpu.length).boxed().sorted((a, b) -> Long.compare(cpu[b], cpu[a])).limit(n)
                .forEach(i -> System.out.printf("  slow: %6.2f ms  %-40s hits %,7d%s%s%n", cpu[i] / 1e6, queries.get(i).q(),
                        results[i].total(), results[i].approximate() ? " (approximate)" : "",
                        queries.get(i).category() == null ? "" : " in " + queries.get(i).category()));
    }

    /** CPU time per query by its kind (before {@code cpu} is sorted), to see what the slow ones are. */
    private static void byKind(List<String> kinds, long[] cpu) {
        java.util.Map<String, List<Long>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < cpu.length; i++) {
            groups.computeIfAbsent(kinds.get(i), k -> new ArrayList<>()).add(cpu[i]);
        }
        groups.forEach((kind, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  CPU by kind: %-24s %5d queries  p50 %6.2f ms  p99 %6.2f ms  mean %6.2f ms%n", kind,
                    sorted.length, ms(sorted, 0.5), ms(sorted, 0.99), Arrays.stream(sorted).sum() / 1e6 / sorted.length);
        });
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
