package org.broadsheet.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.testsupport.Eventually.eventually;

/**
 * The packaged jar started by {@code bin/start-fast.sh}: in Spring AOT mode ({@code -Dspring.aot.enabled=true})
 * the bean set generated at build time serves the site, and switches read at run time (here {@code --demo}
 * and the page cache's) still work; on JDK 25+ the first start makes the JDK's AOT cache with a training
 * run that asks the site for its pages without a failure, and ends by itself.
 */
class SpringAotStartIT {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @Test
    void thePackagedSiteStartsInSpringAotModeAndHonoursTheDemoSwitch(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target/broadsheet.jar");
        assertThat(jar).as("the jar is packaged before the integration tests run").exists();
        Path log = dir.resolve("app.log");
        Path appDir = dir.resolve("app");
        ProcessBuilder builder = new ProcessBuilder(List.of("bin/start-fast.sh", "--demo", "--server.port=0",
                "--broadsheet.page-cache.enabled=false"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BROADSHEET_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAR", jar.toString());
        builder.environment().put("APP_DIR", appDir.toString());
        Process app = builder.start();
        try {
            int[] port = new int[1];
            eventually(Duration.ofMinutes(3), () -> {
                assertThat(app.isAlive()).as("the application is running; its log:%n%s", read(log)).isTrue();
                Matcher started = PORT.matcher(read(log));
                assertThat(started.find()).isTrue();
                port[0] = Integer.parseInt(started.group(1));
                assertThat(read(log)).contains("event=demo_admin");
            });
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port[0] + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Content-Security-Policy")).isPresent();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port[0] + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.headers().firstValue("X-Cache")).as("the page cache is off as asked").isEmpty();
            assertThat(read(log)).doesNotContain("AOT processing hasn't happened");
            if (Runtime.version().feature() >= 25) {
                assertThat(read(appDir.resolve("aot-training.log")))
                        .as("the training run asked for its pages, all answered, and ended by itself")
                        .contains("event=demo_admin").containsPattern("event=training_run_done requests=\\d+ failed=0");
                assertThat(appDir.resolve("broadsheet.aot")).as("the AOT cache the training run made").isNotEmptyFile();
                assertThat(read(log)).contains("Making the AOT cache").doesNotContain("training run failed");
            }
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
