package org.broadsheet.platform.ops;

import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What load balancers, orchestrators and Prometheus ask a node for, at Spring Boot Actuator's addresses:
 * <ul>
 *   <li>{@code /actuator/health}: UP (200) when the database answers, the data directory's disk has room and
 *       the node accepts traffic, else DOWN (503), with each part's status;</li>
 *   <li>{@code /actuator/health/liveness} and {@code /actuator/health/readiness}: the application's availability
 *       states (readiness goes OUT_OF_SERVICE while the node shuts down);</li>
 *   <li>{@code /actuator/prometheus}: every meter, in Prometheus' text format or OpenMetrics when asked.</li>
 * </ul>
 * Written here rather than taken from Spring Boot Actuator, whose endpoint discovery (every bean inspected for
 * endpoint annotations) was about a tenth of the main thread's work on the way to the first page.
 */
@RestController
@RequestMapping("/actuator")
class OperationsEndpoints {

    /** Spring Boot's default for its disk space check. */
    static final long MIN_FREE_DISK_BYTES = 10L * 1024 * 1024;
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    private static final Logger log = LoggerFactory.getLogger(OperationsEndpoints.class);

    private final DataSource dataSource;
    private final ApplicationAvailability availability;
    private final PrometheusMeterRegistry prometheus;
    private final File dataDir;

    OperationsEndpoints(DataSource dataSource, ApplicationAvailability availability, PrometheusMeterRegistry prometheus,
                        BroadsheetProperties properties) {
        this.dataSource = dataSource;
        this.availability = availability;
        this.prometheus = prometheus;
        this.dataDir = properties.dataDir().toFile();
    }

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> health() {
        boolean database = databaseAnswers();
        boolean disk = dataDir.getUsableSpace() >= MIN_FREE_DISK_BYTES;
        boolean ready = ready();
        boolean up = database && disk && ready;
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("db", status(database));
        parts.put("diskSpace", status(disk));
        parts.put("readiness", status(ready));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("components", parts);
        return answer(up, body);
    }

    @GetMapping(path = "/health/liveness", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> liveness() {
        boolean live = availability.getLivenessState() == LivenessState.CORRECT;
        return answer(live, Map.of("status", live ? "UP" : "DOWN"));
    }

    @GetMapping(path = "/health/readiness", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> readiness() {
        boolean ready = ready();
        return answer(ready, Map.of("status", ready ? "UP" : "OUT_OF_SERVICE"));
    }

    @GetMapping("/prometheus")
    ResponseEntity<String> prometheus(@RequestHeader(name = "Accept", defaultValue = "") String accept) {
        String contentType = accept.contains("application/openmetrics-text")
                ? OPEN_METRICS : PROMETHEUS_TEXT;
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(contentType)).body(prometheus.scrape(contentType));
    }

    private boolean ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            log.warn("event=health_database_down reason=\"{}\"", e.getMessage());
            return false;
        }
    }

    private static Map<String, String> status(boolean up) {
        return Map.of("status", up ? "UP" : "DOWN");
    }

    private static ResponseEntity<Map<String, Object>> answer(boolean up, Map<String, Object> body) {
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore()).body(body);
    }
}
