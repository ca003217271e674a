package org.broadsheet.platform.mail;

import java.time.Clock;

import org.broadsheet.platform.config.BroadsheetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the site's mails: over SMTP when {@code spring.mail.host} is set (Spring Boot then makes a
 * {@link JavaMailSender}), otherwise as one line in the log. Every mail is also kept in the
 * {@code outbox} table, with how it went out ({@code smtp}, {@code log} or {@code failed}).
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> smtp, JdbcClient jdbc, Clock clock, BroadsheetProperties properties) {
        this.smtp = smtp;
        this.jdbc = jdbc;
        this.clock = clock;
        this.from = properties.mail().from();
    }

    /** Sends a plain-text mail; never throws for a delivery problem (it is logged and kept in the outbox). */
    public void send(String to, String subject, String text) {
        JavaMailSender sender = smtp.getIfAvailable();
        String delivery;
        if (sender == null) {
            delivery = "log";
            log.info("event=mail_logged to={} subject=\"{}\" body=\"{}\"", to, subject, oneLine(text));
        } else {
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(to);
                message.setSubject(subject);
                message.setText(text);
                sender.send(message);
                delivery = "smtp";
                log.info("event=mail_sent to={} subject=\"{}\"", to, subject);
            } catch (MailException e) {
                delivery = "failed";
                log.warn("event=mail_failed to={} subject=\"{}\" reason={}", to, subject, e.toString());
            }
        }
        jdbc.sql("""
                INSERT INTO outbox (recipient, subject, body, delivery, created_at)
                VALUES (:to, :subject, :body, :delivery, :now)
                """)
                .param("to", to).param("subject", subject).param("body", text).param("delivery", delivery)
                .param("now", clock.millis()).update();
    }

    private static String oneLine(String text) {
        return text.strip().replace("\"", "'").replaceAll("\\s*\\R\\s*", " | ");
    }
}
