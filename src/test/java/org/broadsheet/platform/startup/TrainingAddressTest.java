package org.broadsheet.platform.startup;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** A training run keeps off the site's configured port and address; a normal start keeps them. */
class TrainingAddressTest {

    @Test
    void aTrainingRunListensOnTheLoopbackAtAPortOfTheSystemsChoosing() throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(8080);
        factory.setAddress(InetAddress.getByName("0.0.0.0"));

        new TrainingAddress(new MockEnvironment().withProperty(TrainingRun.SWITCH, "true")).customize(factory);

        assertThat(factory.getPort()).isZero();
        assertThat(factory.getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void aNormalStartKeepsTheConfiguredPort() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(8080);

        new TrainingAddress(new MockEnvironment()).customize(factory);

        assertThat(factory.getPort()).isEqualTo(8080);
        assertThat(factory.getAddress()).isNull();
    }
}
