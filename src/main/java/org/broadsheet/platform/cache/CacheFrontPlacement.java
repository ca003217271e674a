package org.broadsheet.platform.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.AccessLogValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the {@link CacheFront} on the site's port and Tomcat behind it, on the loopback address and a
 * port of the system's choosing. As the last Tomcat customizer it takes the address and port the
 * configuration gave Tomcat; once Tomcat runs, it starts the front there, and {@code local.server.port}
 * becomes the front's port. It stops the front before Tomcat's graceful shutdown begins.
 * Without it (off, or TLS configured on Tomcat) Tomcat keeps the port and the valve answers hits.
 */
public final class CacheFrontPlacement implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered,
        SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheFrontPlacement.class);

    private final CacheFront front;
    private final FrontClients clients;
    private final boolean enabled;
    private final WebServerApplicationContext context;
    private final ConfigurableEnvironment environment;
    private InetSocketAddress publicAddress;
    private AccessLogValve accessLog;

    public CacheFrontPlacement(CacheFront front, FrontClients clients, boolean enabled,
                               WebServerApplicationContext context, ConfigurableEnvironment environment) {
        this.front = front;
        this.clients = clients;
        this.enabled = enabled;
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!enabled || factory.getPort() < 0) {
            return;
        }
        if (factory.getSsl() != null && factory.getSsl().isEnabled()) {
            log.info("event=cache_front_off reason=\"TLS is configured on Tomcat's port\"");
            return;
        }
        InetAddress address = factory.getAddress();
        publicAddress = address == null ? new InetSocketAddress(factory.getPort()) : new InetSocketAddress(address, factory.getPort());
        factory.setAddress(InetAddress.getLoopbackAddress());
        factory.setPort(0);
        List<Valve> valves = new ArrayList<>(factory.getEngineValves());
        valves.add(0, new FrontClientValve(clients));
        factory.setEngineValves(valves);
        accessLog = valves.stream().filter(AccessLogValve.class::isInstance).map(AccessLogValve.class::cast)
                .findFirst().orElse(null);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void start() {
        if (publicAddress == null) {
            return;
        }
        InetSocketAddress tomcat = new InetSocketAddress(InetAddress.getLoopbackAddress(), context.getWebServer().getPort());
        try {
            front.start(publicAddress, tomcat, accessLog);
        } catch (IOException e) {
            throw new UncheckedIOException("The site's port " + publicAddress.getPort() + " cannot be opened", e);
        }
        environment.getPropertySources().addFirst(
                new MapPropertySource("cacheFront", Map.of("local.server.port", front.port())));
    }

    @Override
    public void stop() {
        front.stop();
    }

    @Override
    public boolean isRunning() {
        return front.running();
    }

    /** After the web server starts, before its graceful shutdown. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
    }
}
