package org.broadsheet.bench;

import java.util.concurrent.TimeUnit;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import org.broadsheet.site.ArticlePage;
import org.broadsheet.site.BenchPages;
import org.broadsheet.site.HomePage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering of the precompiled jte templates to UTF-8 bytes, as JteConfiguration.JteView does for every
 * uncached page view. The view models are built once; only the rendering is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class RenderBenchmark {

    private TemplateEngine engine;
    private ArticlePage article;
    private HomePage home;

    @Setup
    public void setUp() {
        engine = TemplateEngine.createPrecompiled(ContentType.Html);
        BenchPages pages = new BenchPages();
        article = pages.article();
        home = pages.home();
    }

    @Benchmark
    public Utf8ByteOutput articlePage() {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render("site/article.jte", article, output);
        return output;
    }

    @Benchmark
    public Utf8ByteOutput homePage() {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render("site/home.jte", home, output);
        return output;
    }
}
