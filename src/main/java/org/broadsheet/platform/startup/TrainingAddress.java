package org.broadsheet.platform.startup;

import java.net.InetAddress;

import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In a training run, the site listens on the loopback address and a port of the system's choosing instead of
 * its configured one, so that nobody else reaches the short-lived training site (nor takes it for the real one
 * while its first start is still making the cache). Before the cache front's customizer, which moves the
 * front to whatever address this leaves.
 */
@Component
class TrainingAddress implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private final Environment environment;

    TrainingAddress(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        // read here, not as a bean condition: Spring AOT fixes the bean set at build time
        if (environment.getProperty(TrainingRun.SWITCH, Boolean.class, false)) {
            factory.setAddress(InetAddress.getLoopbackAddress());
            factory.setPort(0);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
