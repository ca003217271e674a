package org.broadsheet.site;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.broadsheet.platform.config.BroadsheetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Stores messages from the contact form. Limits how many one client may send (a token bucket per
 * client address, kept in memory only and never written anywhere) and quietly drops messages
 * that filled in the honeypot.
 */
@Service
class ContactService {

    private static final Logger log = LoggerFactory.getLogger(ContactService.class);

    enum Outcome { STORED, DROPPED_AS_SPAM, RATE_LIMITED }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BroadsheetProperties.Contact limits;
    private final Cache<String, Bucket> buckets;

    ContactService(JdbcClient jdbc, Clock clock, BroadsheetProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = properties.contact();
        this.buckets = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(limits.window().toMillis(), TimeUnit.MILLISECONDS).build();
    }

    Outcome submit(ContactForm form, String clientAddress) {
        Bucket bucket = buckets.get(clientAddress, address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.maxMessages())
                        .refillGreedy(limits.maxMessages(), limits.window()).build())
                .build());
        if (!bucket.tryConsume(1)) {
            log.info("event=contact_rate_limited");
            return Outcome.RATE_LIMITED;
        }
        if (form.website() != null && !form.website().isBlank()) {
            log.info("event=contact_honeypot");
            return Outcome.DROPPED_AS_SPAM;
        }
        long id = jdbc.sql("""
                INSERT INTO contact_message (name, email, subject, message, created_at)
                VALUES (:name, :email, :subject, :message, :createdAt)
                RETURNING id
                """)
                .param("name", form.name().strip()).param("email", form.email().strip())
                .param("subject", form.subject().strip()).param("message", form.message().strip())
                .param("createdAt", clock.millis())
                .query(Long.class).single();
        log.info("event=contact_stored message_id={}", id);
        return Outcome.STORED;
    }

    Duration window() {
        return limits.window();
    }
}
