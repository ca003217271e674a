package org.broadsheet.platform.cache;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CdnPurgerTest {

    private HttpServer webhook;
    private final BlockingQueue<String[]> received = new ArrayBlockingQueue<>(10);

    @BeforeEach
    void startWebhook() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/purge", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {exchange.getRequestHeaders().getFirst("Authorization"), body});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void stopWebhook() {
        webhook.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + webhook.getAddress().getPort() + "/purge";
    }

    @Test
    void theWebhookReceivesTheSurrogateKeysWithTheToken() throws InterruptedException {
        new CdnPurger(url(), "secret").purge(List.of("article-42", "home"));
        String[] request = received.poll(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request[0]).isEqualTo("Bearer secret");
        assertThat(request[1]).isEqualTo("{\"keys\":[\"article-42\",\"home\"]}");
    }

    @Test
    void purgingEverythingSendsTheKeyAll() throws InterruptedException {
        new CdnPurger(url(), "").purgeAll();
        String[] request = received.poll(5, TimeUnit.SECONDS);
        assertThat(request[0]).isNull();
        assertThat(request[1]).contains("\"all\"");
    }

    @Test
    void anUnreachableWebhookDoesNotThrow() {
        webhook.stop(0);
        new CdnPurger(url(), "").purge(List.of("home"));
    }
}
