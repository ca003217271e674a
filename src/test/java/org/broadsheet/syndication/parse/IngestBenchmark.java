package org.broadsheet.syndication.parse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parse + clean throughput of the feed reader (bench/ingest.sh). Writes {@code feeds x items} feed
 * files of its own (RSS 2.0 with content:encoded and Media RSS, Atom 1.0, JSON Feed 1.1, ninjs 2)
 * with realistic bodies: paragraphs, links, a lazy-loaded picture, a tracking pixel, entities, a
 * script to remove. Then reads every file through {@link FormatDetectingFeedReader} (bytes to
 * {@link WireItem}s: charset, XML/JSON, cleaning, sanitising, hashes) and reports items per second.
 */
public final class IngestBenchmark {

    private static final String[] WORDS = ("harbour council vote approve expansion ferry terminal storm coast weather minister budget "
            + "school district police report court appeal market shares bank rates inflation election mayor residents opposition "
            + "project jobs cargo ships port authority fund loan railway bridge road traffic hospital doctors nurses strike union "
            + "talks agreement season match team coach goal league final festival music theatre museum exhibition city town village "
            + "river lake mountain forest energy wind solar power grid price oil gas water supply drought flood rescue crew").split(" ");

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int perFeed = 100;
        Path dir = Files.createTempDirectory("broadsheet-ingest-bench");
        List<Path> files = generate(dir, items / perFeed, perFeed, new Random(42));
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf("%d feeds, %d items, %.1f MB of feed files in %s%n", files.size(), items, bytes / 1e6, dir);
        FormatDetectingFeedReader reader = new FormatDetectingFeedReader(Clock.systemUTC());
        URI base = URI.create("https://wire.example.org/feed");
        for (int round = 0; round < 3; round++) {
            readAll(reader, files, base);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[5];
        double[] cpuRates = new double[rates.length];
        for (int round = 0; round < rates.length; round++) {
            long start = System.nanoTime();
            long cpuStart = allThreadsCpu(threads); // the reader cleans big feeds' items on a pool of its own
            int read = readAll(reader, files, base);
            rates[round] = read / ((System.nanoTime() - start) / 1e9);
            cpuRates[round] = read / ((allThreadsCpu(threads) - cpuStart) / 1e9);
            System.out.printf("round %d: %d items, %.0f items/s wall clock, %.0f items per CPU second (calling thread and clean pool)%n",
                    round + 1, read, rates[round], cpuRates[round]);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        System.out.printf("one calling thread: median %.0f items/s (best %.0f); per CPU second: median %.0f (best %.0f)%n",
                rates[rates.length / 2], rates[rates.length - 1], cpuRates[rates.length / 2], cpuRates[rates.length - 1]);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            long start = System.nanoTime();
            List<Future<Integer>> halves = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                List<Path> half = t == 0 ? files.subList(0, files.size() / 2) : files.subList(files.size() / 2, files.size());
                halves.add(pool.submit(() -> readAll(reader, half, base)));
            }
            int read = 0;
            for (Future<Integer> h : halves) {
                read += h.get();
            }
            System.out.printf("two threads: %d items, %.0f items/s%n", read, read / ((System.nanoTime() - start) / 1e9));
        }
        for (Path f : files) {
            Files.delete(f);
        }
        Files.delete(dir);
    }

    /** CPU time so far of all live Java threads (the calling one and the reader's clean pool). */
    private static long allThreadsCpu(ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    private static int readAll(FormatDetectingFeedReader reader, List<Path> files, URI base) throws IOException, FeedParseException {
        int n = 0;
        for (Path f : files) {
            ParsedFeed feed = reader.read(Files.readAllBytes(f), null, base);
            if (!feed.itemErrors().isEmpty()) {
                throw new IllegalStateException(f + ": " + feed.itemErrors());
            }
            n += feed.items().size();
        }
        return n;
    }

    static List<Path> generate(Path dir, int feeds, int perFeed, Random random) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < feeds; f++) {
            String kind = switch (f % 10) {
                case 0, 1, 2, 3 -> "rss";
                case 4, 5, 6 -> "atom";
                case 7, 8 -> "json";
                default -> "ninjs";
            };
            StringBuilder doc = new StringBuilder();
            switch (kind) {
                case "rss" -> {
                    doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>"
                            + "<title>Wire ").append(f).append("</title><link>https://wire.example.org/</link>\n");
                    for (int i = 0; i < perFeed; i++) {
                        doc.append("<item><title>").append(escape(sentence(random, 8))).append(" &amp;amp; more</title>")
                                .append("<link>https://wire.example.org/").append(f).append('/').append(i).append("</link>")
                                .append("<guid isPermaLink=\"false\">w").append(f).append('-').append(i).append("</guid>")
                                .append("<pubDate>Tue, 24 Nov 2026 0").append(i % 10).append(":15:00 EST</pubDate>")
                                .append("<dc:creator>Reporter ").append(i % 7).append("</dc:creator><category>News</category>")
                                .append("<description>").append(escape(sentence(random, 30))).append("</description>")
                                .append("<content:encoded><![CDATA[").append(body(random, f, i)).append("]]></content:encoded>")
                                .append("<media:content url=\"https://img.example.org/").append(f).append('/').append(i)
                                .append(".jpg\" medium=\"image\" width=\"1200\"><media:description>Picture</media:description></media:content>")
                                .append("</item>\n");
                    }
                    doc.append("</channel></rss>");
                }
                case "atom" -> {
                    doc.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://atom.example.org/\">"
                            + "<title>Atom ").append(f).append("</title><updated>2026-11-24T10:00:00Z</updated>\n");
                    for (int i = 0; i < perFeed; i++) {
                        doc.append("<entry><id>tag:atom.example.org,2026:").append(f).append('-').append(i).append("</id>")
                                .append("<title type=\"html\">").append(escape(sentence(random, 9))).append("</title>")
                                .append("<link rel=\"alternate\" href=\"/").append(f).append('/').append(i).append("\"/>")
                                .append("<updated>2026-11-24T09:").append(10 + i % 50).append(":00+01:00</updated>")
                                .append("<author><name>Atom Writer</name></author>")
                                .append("<summary>").append(escape(sentence(random, 25))).append("</summary>")
                                .append("<content type=\"html\">").append(escape(body(random, f, i))).append("</content></entry>\n");
                    }
                    doc.append("</feed>");
                }
                case "json" -> {
                    doc.append("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"JSON ").append(f).append("\",\"items\":[\n");
                    for (int i = 0; i < perFeed; i++) {
                        doc.append(i == 0 ? "" : ",\n").append("{\"id\":\"j").append(f).append('-').append(i)
                                .append("\",\"url\":\"https://json.example.org/").append(f).append('/').append(i)
                                .append("\",\"title\":\"").append(sentence(random, 8)).append("\",\"content_html\":\"")
                                .append(json(body(random, f, i))).append("\",\"date_published\":\"2026-11-24T08:00:00Z\",")
                                .append("\"authors\":[{\"name\":\"J Writer\"}],\"tags\":[\"a\",\"b\"]}");
                    }
                    doc.append("]}");
                }
                default -> {
                    doc.append("[\n");
                    for (int i = 0; i < perFeed; i++) {
                        doc.append(i == 0 ? "" : ",\n").append("{\"uri\":\"urn:wire:").append(f).append('-').append(i)
                                .append("\",\"type\":\"text\",\"pubstatus\":\"usable\",\"versioncreated\":\"2026-11-24T08:00:00Z\",")
                                .append("\"headlines\":[{\"role\":\"main\",\"value\":\"").append(sentence(random, 8)).append("\"}],")
                                .append("\"bodies\":[{\"role\":\"main\",\"contenttype\":\"text/html\",\"value\":\"")
                                .append(json(body(random, f, i))).append("\"}],")
                                .append("\"associations\":[{\"name\":\"p\",\"type\":\"picture\",\"renditions\":[{\"href\":\"https://img.example.org/n")
                                .append(i).append(".jpg\",\"width\":1600,\"height\":900}]}]}");
                    }
                    doc.append("]");
                }
            }
            Path file = dir.resolve(String.format("feed-%03d.%s", f, kind.equals("json") || kind.equals("ninjs") ? "json" : "xml"));
            Files.writeString(file, doc, StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private static String body(Random random, int f, int i) {
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < 5; p++) {
            html.append("<p>").append(sentence(random, 60 + random.nextInt(40)));
            if (p == 1) {
                html.append(" <a href=\"/related/").append(f).append('-').append(i).append("\" onclick=\"track()\">related</a> &eacute;t&eacute;");
            }
            html.append("</p>");
            if (p == 2) {
                html.append("<figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/img/").append(i)
                        .append(".jpg\" alt=\"A picture\" width=\"800\" height=\"450\"><figcaption>Caption</figcaption></figure>");
            }
        }
        html.append("<script>track()</script><img src=\"https://pixel.wp.com/t.gif?x=").append(i).append("\" width=\"1\" height=\"1\">");
        return html.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

}
