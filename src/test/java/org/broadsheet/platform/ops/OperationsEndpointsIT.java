package org.broadsheet.platform.ops;

import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The operations endpoints a load balancer and Prometheus use. */
class OperationsEndpointsIT extends AppTest {

    @Autowired
    ApplicationContext context;

    @Test
    void healthIsUpWithItsPartsAndNeverCached() {
        SiteClient.Answer health = http().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("diskSpace").path("status").asString()).isEqualTo("UP");
        assertThat(health.header("Cache-Control")).hasValue("no-store");
        assertThat(http().get("/actuator/health/liveness").json().path("status").asString()).isEqualTo("UP");
        assertThat(http().get("/actuator/health/readiness").json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void aNodeThatRefusesTrafficIsNotReadyAndItsHealthIsDown() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            SiteClient.Answer readiness = http().get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.json().path("status").asString()).isEqualTo("OUT_OF_SERVICE");
            SiteClient.Answer health = http().get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().path("status").asString()).isEqualTo("DOWN");
            assertThat(http().get("/actuator/health/liveness").status()).as("still alive").isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void prometheusGetsTheJvmTheHttpAndTheSitesOwnMeters() {
        http().get("/");

        SiteClient.Answer metrics = http().get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections", "http_server_requests_seconds_count",
                "broadsheet_page_cache_hits_total");
    }

    @Test
    void prometheusSpeaksOpenMetricsWhenAskedTo() {
        SiteClient.Answer metrics = http().get("/actuator/prometheus", "Accept", "application/openmetrics-text; version=1.0.0");

        assertThat(metrics.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/openmetrics-text"));
        assertThat(metrics.body().strip()).endsWith("# EOF");
    }
}
