package org.broadsheet.syndication;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.broadsheet.BroadsheetApplication;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.syndication.parse.FeedReader;
import org.broadsheet.syndication.parse.ParsedFeed;
import org.broadsheet.syndication.parse.WireItem;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * End-to-end ingest throughput (bench/ingest-e2e.sh): N generated wire items into a fresh SQLite database
 * through {@link IngestService} (filter, dedupe, categorise, store: wire item row, story, tags, change
 * journal), and, when a {@link FeedReader} is installed, reading them from one RSS 2.0 document first.
 * Then the same feed again (every item already seen).
 */
public final class EndToEndIngestBenchmark {

    private static final String[] WORDS = ("harbour council vote ferry bridge storm minister election market rail strike "
            + "budget school hospital river festival museum police court weather energy water housing transport farm "
            + "island coast mayor union trade port airport tunnel library theatre orchestra stadium league cup final")
            .split(" ");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dataDir = Files.createTempDirectory("ingest-bench-");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BroadsheetApplication.class)
                .run("--server.port=0", "--broadsheet.data-dir=" + dataDir, "--broadsheet.syndication.poller.enabled=false",
                        "--broadsheet.search.poll-millis=3600000", "--logging.level.root=WARN", "--server.tomcat.accesslog.enabled=false")) {
            String category = app.getBean(TaxonomyService.class).saveCategory("wire", "Wire", "", null, null).slug();
            IngestService ingest = app.getBean(IngestService.class);
            SourceService sources = app.getBean(SourceService.class);
            FeedReader reader = app.getBeanProvider(FeedReader.class).getIfAvailable();
            // warm-up on a source of its own, so the JIT has seen the code path
            Source warm = sources.create(SyndicationTestSupport.settings("Warm-up Wire", category, "auto"), null);
            List<WireItem> warmItems = items(2000, 7, "warm");
            for (int from = 0; from < warmItems.size(); from += 1000) {
                ParsedFeed feed = new ParsedFeed("rss", "w", null, warmItems.subList(from, from + 1000), List.of());
                if (reader != null) { // the reader's code path warmed up as well: a server that has been up a while
                    feed = reader.read(rss(warmItems.subList(from, from + 1000)), "application/rss+xml",
                            URI.create("https://bench.example/warm.xml"));
                }
                ingest.ingest(warm, feed);
            }
            // the generated texts share a 40-word vocabulary, so the warm-up's stories would make near-duplicates
            // of the measured ones (another source): take them out of the near-duplicate window
            app.getBean(JdbcClient.class).sql("UPDATE wire_item SET state = 'rejected' WHERE source_id = :id")
                    .param("id", warm.id()).update();

            Source source = sources.create(SyndicationTestSupport.settings("Bench Wire", category, "auto"), null);
            List<WireItem> items = items(n, 42, "bench");
            // feeds of 1,000 items each (the reader takes at most a few thousand items from one document)
            List<byte[]> documents = new ArrayList<>();
            for (int from = 0; from < n; from += 1000) {
                documents.add(rss(items.subList(from, Math.min(n, from + 1000))));
            }
            long bytes = documents.stream().mapToLong(d -> d.length).sum();
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long processCpuStart = os.getProcessCpuTime();
            java.util.Map<Long, Long> threadCpuStart = allThreadsCpu(cpu);
            long parseNanos = 0;
            long storeNanos = 0;
            int created = 0;
            int errors = 0;
            int duplicates = 0;
            List<ParsedFeed> feeds = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                long t0 = System.nanoTime();
                ParsedFeed feed = reader == null
                        ? new ParsedFeed("rss", "Bench", null, items.subList(d * 1000, Math.min(n, d * 1000 + 1000)), List.of())
                        : reader.read(documents.get(d), "application/rss+xml", URI.create("https://bench.example/feed.xml"));
                long t1 = System.nanoTime();
                IngestOutcome outcome = ingest.ingest(source, feed);
                long t2 = System.nanoTime();
                parseNanos += t1 - t0;
                storeNanos += t2 - t1;
                created += outcome.created();
                errors += outcome.itemErrors().size();
                duplicates += outcome.duplicates();
                feeds.add(feed);
            }
            long cpuStored = cpu.getCurrentThreadCpuTime();
            long processCpuStored = os.getProcessCpuTime();
            long allThreadsCpu = allThreadsCpu(cpu).entrySet().stream()
                    .mapToLong(e -> e.getValue() - threadCpuStart.getOrDefault(e.getKey(), 0L)).sum();
            long againStart = System.nanoTime();
            int unchanged = 0;
            for (ParsedFeed feed : feeds) {
                unchanged += ingest.ingest(source, feed).unchanged();
            }
            long againNanos = System.nanoTime() - againStart;
            long journal = app.getBean(JdbcClient.class).sql("SELECT count(*) FROM content_change").query(Long.class).single();
            System.out.printf("items: %,d (in %d RSS documents of 1,000 items, %,d bytes)%n", n, documents.size(), bytes);
            System.out.printf("parse: %s%n", reader == null ? "skipped (no FeedReader installed: items built in memory)"
                    : String.format("%,d ms (%,.0f items/s) with %s", ms(parseNanos), n / secs(parseNanos),
                    reader.getClass().getSimpleName()));
            System.out.printf("store: %,d ms (%,.0f items/s): created %,d, near-duplicates %,d, item errors %d, journal rows %,d%n",
                    ms(storeNanos), n / secs(storeNanos), created, duplicates, errors, journal);
            System.out.printf("end to end (parse + store): %,.0f items/s wall clock; %,.0f items per CPU-second of the "
                    + "ingesting thread (what an idle core would do; this machine's load skews wall clock)%n",
                    n / secs(parseNanos + storeNanos), n / secs(cpuStored - cpuStart));
            System.out.printf("CPU: %,d ms on the ingesting thread; %,d ms on all Java threads (ingesting thread, clean pool, "
                    + "followers) = %,.0f items per CPU-second; %,d ms by the whole process (JIT and GC too) = %,.0f items per "
                    + "process CPU-second%n", ms(cpuStored - cpuStart), ms(allThreadsCpu), n / secs(allThreadsCpu),
                    ms(processCpuStored - processCpuStart), n / secs(processCpuStored - processCpuStart));
            System.out.printf("same feeds again (store only): %,d ms (%,.0f items/s), unchanged %,d%n",
                    ms(againNanos), n / secs(againNanos), unchanged);
        }
    }

    /** CPU time so far of every live Java thread, by id. */
    private static java.util.Map<Long, Long> allThreadsCpu(java.lang.management.ThreadMXBean cpu) {
        java.util.Map<Long, Long> times = new java.util.HashMap<>();
        for (long id : cpu.getAllThreadIds()) {
            long t = cpu.getThreadCpuTime(id);
            if (t > 0) {
                times.put(id, t);
            }
        }
        return times;
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

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
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
