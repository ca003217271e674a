package org.broadsheet.syndication;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.broadsheet.BroadsheetApplication;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.syndication.fetch.FeedFetcher;
import org.broadsheet.syndication.fetch.FetchResult;
import org.broadsheet.syndication.parse.WireItem;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End-to-end ingest throughput (bench/ingest-e2e.sh): N generated wire items, as RSS 2.0 documents of
 * 1,000 items, one per source, polled by {@link FeedPoller} as its scheduler does (a fetcher serving the
 * local documents from memory): read and clean on the poll threads, filter, dedupe, categorise, store
 * (wire item row, story, tags, change journal) on the one store thread, reading one document while
 * another is stored. Then the same feeds again (every item already seen). Reports wall clock and the
 * CPU of the whole process and of each kind of thread.
 */
public final class EndToEndIngestBenchmark {

    private static final String[] WORDS = ("harbour council vote ferry bridge storm minister election market rail strike "
            + "budget school hospital river festival museum police court weather energy water housing transport farm "
            + "island coast mayor union trade port airport tunnel library theatre orchestra stadium league cup final")
            .split(" ");

    private static StoreLane storeLane;

    /** Documents of this many items, one per source. */
    private static final int PER_DOCUMENT = 1000;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dataDir = Files.createTempDirectory("ingest-bench-");
        Map<String, byte[]> files = new ConcurrentHashMap<>(); // the local feed files, by URL
        FeedFetcher local = request -> {
            byte[] body = files.get(request.url().toString());
            return body == null ? new FetchResult.Failed("no such file", 404, null)
                    : new FetchResult.Fetched(request.url(), 200, body, "application/rss+xml", null, null);
        };
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BroadsheetApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("localFeedFiles", FeedFetcher.class,
                        () -> local, definition -> definition.setPrimary(true)))
                .run("--server.port=0", "--broadsheet.data-dir=" + dataDir, "--broadsheet.syndication.poller.tick-millis=3600000",
                        "--broadsheet.search.poll-millis=3600000", "--logging.level.root=WARN", "--server.tomcat.accesslog.enabled=false")) {
            String category = app.getBean(TaxonomyService.class).saveCategory("wire", "Wire", "", null, null).slug();
            SourceService sources = app.getBean(SourceService.class);
            FeedPoller poller = app.getBean(FeedPoller.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            storeLane = app.getBean(StoreLane.class);
            // warm-up: whole rounds through the same path, unreported, so the JIT and the caches are done with it
            // (the product runs for days: a warm process is the honest state); the first round alone is cold.
            // At least bench.warmups rounds, then more until the C2 compiler was busy for under a tenth of a round
            // (on two cores its backlog from start-up reaches the hot ingest methods only after about ten seconds)
            int warmups = Integer.getInteger("bench.warmups", 3);
            int maxWarmups = Math.max(warmups, Integer.getInteger("bench.maxWarmups", 8));
            for (int w = 1; w <= maxWarmups; w++) {
                List<Source> warm = sources(sources, category, "warm" + w, (n + PER_DOCUMENT - 1) / PER_DOCUMENT);
                serve(files, warm, items(n, 7 + w, "warm" + w));
                long c2Before = c2CompilerCpu();
                long t0 = System.nanoTime();
                pollAll(poller, jdbc, warm);
                long wallMs = ms(System.nanoTime() - t0);
                long c2Ms = c2CompilerCpu() - c2Before;
                System.out.printf("warm-up %d: %,.0f items/s, the C2 compiler on a CPU %,d ms of the round's %,d ms (not counted)%n",
                        w, n * 1000.0 / wallMs, c2Ms, wallMs);
                // the generated texts share a vocabulary, so earlier rounds' stories could be near-duplicates of the
                // next round's (another source): take them out of the near-duplicate window
                jdbc.sql("UPDATE wire_item SET state = 'rejected'").update();
                if (w >= warmups && c2Ms * 10 < wallMs) {
                    break;
                }
            }

            int rounds = Integer.getInteger("bench.rounds", 5);
            List<double[]> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                results.add(measure(round, n, sources, category, poller, jdbc, files));
                jdbc.sql("UPDATE wire_item SET state = 'rejected'").update(); // out of the next round's near-duplicate window
            }
            summary(results);
        } finally {
            deleteRecursively(dataDir); // a few hundred MB per run
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Every measured round, then the median of each figure (never the best round alone). */
    private static void summary(List<double[]> results) {
        System.out.println("summary of " + results.size() + " measured rounds (after the warm-up):");
        String[] names = {"items/s wall clock", "process CPU ms", "store thread CPU ms", "store thread waiting for a CPU ms"};
        for (int k = 0; k < names.length; k++) {
            int col = k;
            double[] values = results.stream().mapToDouble(r -> r[col]).toArray();
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            StringBuilder each = new StringBuilder();
            for (double v : values) {
                each.append(each.isEmpty() ? "" : ", ").append(String.format("%,.0f", v));
            }
            System.out.printf("  %-34s median %,8.0f   rounds: %s%n", names[k], median, each);
        }
    }

    /**
     * One measured round: N new items in new sources, then the same feeds again. Returns items/s of wall clock,
     * process CPU ms, store thread CPU ms and its time runnable but waiting for a CPU (ms).
     */
    private static double[] measure(int round, int n, SourceService sources, String category, FeedPoller poller, JdbcClient jdbc,
                                Map<String, byte[]> files) throws Exception {
        List<Source> bench = sources(sources, category, "bench" + round, (n + PER_DOCUMENT - 1) / PER_DOCUMENT);
        List<WireItem> items = items(n, 42 + round, "bench" + round);
        long bytes = serve(files, bench, items);
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        String jfr = round == Integer.getInteger("bench.rounds", 5) ? System.getProperty("bench.jfr") : null; // the last round
        jdk.jfr.Recording recording = null;
        if (jfr != null) { // a profile of the measured part only
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.enable("jdk.Compilation").withThreshold(java.time.Duration.ZERO);
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
            recording.enable("jdk.NativeMethodSample").withPeriod(java.time.Duration.ofMillis(2));
            recording.start();
        }
        StoreLane lane = storeLane;
        long busyStart = lane.busyNanos();
        long[] schedStart = storeSchedstat();
        Map<String, Long> cpuStart = osThreadsCpu();
        long uptimeMs = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(); // to match JIT logs
        long t0 = System.nanoTime();
        pollAll(poller, jdbc, bench);
        long wall = System.nanoTime() - t0;
        long busy = lane.busyNanos() - busyStart;
        long[] schedEnd = storeSchedstat();
        Map<String, Long> cpuEnd = osThreadsCpu();
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
        }
        Map<String, Long> byRole = new TreeMap<>();
        cpuEnd.forEach((tid, ticks) -> byRole.merge(role(tid.substring(tid.indexOf(' ') + 1)),
                ticks - cpuStart.getOrDefault(tid, 0L), Long::sum));
        long processCpu = byRole.values().stream().mapToLong(Long::longValue).sum();
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
        int stored = 0;
        int notOk = 0;
        for (Source s : bench) {
            Source.Health h = sources.find(s.id()).orElseThrow().health();
            stored += h.itemCount();
            notOk += "ok".equals(h.lastStatus()) ? 0 : 1;
        }
        int duplicates = jdbc.sql("SELECT count(*) FROM wire_item WHERE state = 'duplicate'").query(Integer.class).single();
        long journal = jdbc.sql("SELECT count(*) FROM content_change").query(Long.class).single();

        jdbc.sql("UPDATE source SET next_poll_at = 0 WHERE id IN (:ids)").param("ids", bench.stream().map(Source::id).toList())
                .update(); // the same feeds again: every item known
        long againStart = System.nanoTime();
        pollAll(poller, jdbc, bench);
        long againNanos = System.nanoTime() - againStart;

        System.out.printf("round %d: %,d items (in %d RSS documents of %,d items, one per source, %,d bytes), load before %s, after %s;"
                + " JVM uptime at the start %.3f s%n", round, n, bench.size(), PER_DOCUMENT, bytes, load, loadAfter, uptimeMs / 1000.0);
        System.out.printf("  end to end through the poller (read, clean, dedupe, store, journal; reading one document overlaps "
                + "storing another): %,d ms = %,.0f items/s wall clock%n", ms(wall), n / secs(wall));
        System.out.printf("  stored %,d items (sources' health), near-duplicates %,d, sources not ok %d, journal rows %,d%n",
                stored, duplicates, notOk, journal);
        System.out.printf("  CPU of the whole process %,d ms = %,.0f items per CPU-second (%,.0f items/s on two idle cores at best):%n",
                processCpu, n * 1000.0 / processCpu, 2 * n * 1000.0 / processCpu);
        System.out.printf("  the store thread was storing %,d ms of the %,d ms (the rest it waited for a read feed); "
                + "on a CPU %,d ms, runnable but waiting for a CPU %,d ms, so blocked (I/O, locks) about %,d ms%n",
                ms(busy), ms(wall), ms(schedEnd[0] - schedStart[0]), ms(schedEnd[1] - schedStart[1]),
                ms(Math.max(0, busy - (schedEnd[0] - schedStart[0]) - (schedEnd[1] - schedStart[1]))));
        byRole.forEach((role, time) -> {
            if (time >= 20) {
                System.out.printf("    %-22s %,6d ms%n", role, time);
            }
        });
        System.out.printf("  same feeds again (every item known, read again): %,d ms (%,.0f items/s)%n", ms(againNanos), n / secs(againNanos));
        return new double[] {n / secs(wall), processCpu, ms(schedEnd[0] - schedStart[0]), ms(schedEnd[1] - schedStart[1])};
    }

    /** The feed-store thread's time on a CPU and waiting in the run queue so far, in ns (/proc schedstat). */
    private static long[] storeSchedstat() throws java.io.IOException {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().equals("feed-store")) {
                        String[] f = Files.readString(task.resolve("schedstat")).strip().split(" ");
                        return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return new long[] {0, 0};
    }

    /** CPU so far (ms) of the C2 compiler's threads. */
    private static long c2CompilerCpu() throws java.io.IOException {
        return osThreadsCpu().entrySet().stream().filter(e -> role(e.getKey().substring(e.getKey().indexOf(' ') + 1)).equals("JIT C2"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** CPU so far (user + system, ms) of every thread of this process, by "tid name" (from /proc: JIT and GC threads too). */
    private static Map<String, Long> osThreadsCpu() throws java.io.IOException {
        Map<String, Long> times = new HashMap<>();
        long msPerTick = 10; // USER_HZ is 100 on Linux
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    times.put(task.getFileName() + " " + name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * msPerTick);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return times;
    }

    private static List<Source> sources(SourceService sources, String category, String prefix, int count) {
        List<Source> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(sources.create(SyndicationTestSupport.with(SyndicationTestSupport.with(SyndicationTestSupport.settings(
                    prefix + " wire " + i, category, "auto"), "url", "https://bench.example/" + prefix + "-" + i + ".xml"),
                    "enabled", "true"), null));
        }
        return made;
    }

    /** One RSS document of {@value #PER_DOCUMENT} items per source; returns the bytes served. */
    private static long serve(Map<String, byte[]> files, List<Source> sources, List<WireItem> items) {
        long bytes = 0;
        for (int d = 0; d < sources.size(); d++) {
            byte[] document = rss(items.subList(d * PER_DOCUMENT, Math.min(items.size(), (d + 1) * PER_DOCUMENT)));
            files.put(sources.get(d).feedUrl(), document);
            bytes += document.length;
        }
        return bytes;
    }

    /** Poller ticks (as the scheduler makes them) until every source has been polled (looked at every 25 ms). */
    private static void pollAll(FeedPoller poller, JdbcClient jdbc, List<Source> all) throws InterruptedException {
        long since = System.currentTimeMillis() - 1;
        List<Long> ids = all.stream().map(Source::id).toList();
        while (jdbc.sql("SELECT count(*) FROM source WHERE id IN (:ids) AND last_polled_at >= :since")
                .param("ids", ids).param("since", since).query(Integer.class).single() < ids.size()) {
            poller.tick();
            Thread.sleep(25);
        }
    }

    /** Threads by kind (Linux keeps 15 characters of a name): feed-store, feed-clean, feed-poller, C2 CompilerThre, G1/GC, ... */
    private static String role(String thread) {
        if (thread.startsWith("C1 Comp") || thread.startsWith("C2 Comp")) {
            return "JIT " + thread.substring(0, 2);
        }
        if (thread.startsWith("G1 ") || thread.startsWith("GC Thread") || thread.startsWith("VM ")) {
            return "GC/VM " + thread.replaceAll("[#\\d]+$", "").strip();
        }
        return thread.replaceAll("-?\\d+$", "");
    }

    static List<WireItem> items(int n, long seed, String prefix) {
        Random random = new Random(seed);
        Instant base = Instant.now().minusSeconds(86_400);
        List<WireItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 7; w++) {
                title.append(w == 0 ? capital(word(random)) : word(random)).append(' ');
            }
            title.append(i);
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                body.append("<p>");
                for (int w = 0; w < 60; w++) {
                    body.append(word(random)).append(' ');
                }
                body.append("</p>");
            }
            String guid = "urn:" + prefix + ":" + i;
            Instant at = base.plusSeconds(i * 5L);
            String text = title.toString();
            items.add(new WireItem(guid, "https://bench.example/" + prefix + "/" + i, text, body.toString(),
                    text + " excerpt", "Bench Reporter", List.of(word(random)), at, at, null, null, false, null,
                    Integer.toHexString(body.toString().hashCode()), random.nextLong()));
        }
        return items;
    }

    static byte[] rss(List<WireItem> items) {
        DateTimeFormatter rfc1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Bench Wire</title><link>https://bench.example/</link><description>Bench</description>\n");
        for (WireItem i : items) {
            xml.append("<item><title>").append(i.title()).append("</title><link>").append(i.link())
                    .append("</link><guid isPermaLink=\"false\">").append(i.guid()).append("</guid><pubDate>")
                    .append(rfc1123.format(i.publishedAt())).append("</pubDate><category>").append(i.categories().getFirst())
                    .append("</category><author>bench@bench.example (Bench Reporter)</author><description><![CDATA[")
                    .append(i.bodyHtml()).append("]]></description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * 1,600 words made of the 40 above (head of one, tail of another): texts from different sources must not
     * come out as near-duplicates of each other, as 240 words from 40 would now and then.
     */
    private static final String[] VOCABULARY = vocabulary();

    private static String[] vocabulary() {
        String[] words = new String[WORDS.length * WORDS.length];
        for (int a = 0; a < WORDS.length; a++) {
            for (int b = 0; b < WORDS.length; b++) {
                words[a * WORDS.length + b] = WORDS[a].substring(0, 3) + WORDS[b].substring(3);
            }
        }
        return words;
    }

    private static String word(Random random) {
        return VOCABULARY[random.nextInt(VOCABULARY.length)];
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }
}
