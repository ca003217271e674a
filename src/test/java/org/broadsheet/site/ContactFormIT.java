package org.broadsheet.site;

import java.util.HashMap;
import java.util.Map;

import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.broadsheet.testsupport.Unique;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Contact Us form, posted as a browser without JavaScript would. */
class ContactFormIT extends AppTest {

    @Test
    void a_valid_message_is_stored_and_the_reader_is_thanked() {
        SiteClient reader = newReader();
        String subject = Unique.name("Tip");

        Answer posted = reader.submitForm("/contact-us", message(subject));
        Document thanks = reader.get("/contact-us?sent=1").html();

        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/contact-us?sent=1"));
        assertThat(stored(subject)).isEqualTo(1);
        assertThat(thanks.select("[role=status]").text()).startsWith("Thank you.");
        assertThat(thanks.select("form.contact-form")).isEmpty();
    }

    @Test
    void an_invalid_message_comes_back_with_a_message_per_field_and_the_readers_text() {
        SiteClient reader = newReader();
        String subject = Unique.name("Tip");
        Map<String, String> fields = message(subject);
        fields.put("name", " ");
        fields.put("email", "not-an-email");
        fields.put("message", "Too short");

        Answer answer = reader.submitForm("/contact-us", fields);
        Document page = answer.html();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(page.select("#contact-name-error").text()).isEqualTo("Please tell us your name.");
        assertThat(page.select("#contact-email-error").text()).isEqualTo("This does not look like an email address.");
        assertThat(page.select("#contact-message-error").text()).isEqualTo("The message must be 10 to 5,000 characters long.");
        assertThat(page.select("#contact-subject-error")).isEmpty();
        assertThat(page.select("#contact-email").val()).isEqualTo("not-an-email");
        assertThat(page.select("#contact-subject").val()).isEqualTo(subject);
        assertThat(page.select("#contact-message").text()).isEqualTo("Too short");
        assertThat(page.select("#contact-email").attr("aria-invalid")).isEqualTo("true");
        assertThat(stored(subject)).isZero();
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() {
        String subject = Unique.name("Tip");

        Answer answer = newReader().postForm("/contact-us", message(subject));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.html().select("header.masthead")).hasSize(1);
        assertThat(stored(subject)).isZero();
    }

    @Test
    void a_filled_honeypot_looks_like_success_but_stores_nothing() {
        String subject = Unique.name("Tip");
        Map<String, String> fields = message(subject);
        fields.put("website", "https://spam.example");

        Answer answer = newReader().submitForm("/contact-us", fields);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/contact-us?sent=1"));
        assertThat(stored(subject)).isZero();
    }

    @Test
    void too_many_messages_from_one_reader_are_refused_with_429_and_the_text_kept() {
        SiteClient reader = newReader();
        String subject = Unique.name("Tip");
        for (int i = 0; i < CONTACT_MAX_MESSAGES; i++) {
            assertThat(reader.submitForm("/contact-us", message(subject)).status()).isEqualTo(302);
        }

        Answer refused = reader.submitForm("/contact-us", message(subject));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.html().select("[role=alert]").text()).contains("try again");
        assertThat(refused.html().select("#contact-subject").val()).isEqualTo(subject);
        assertThat(stored(subject)).isEqualTo(CONTACT_MAX_MESSAGES);
        assertThat(newReader().submitForm("/contact-us", message(Unique.name("Tip"))).status()).isEqualTo(302);
    }

    private static Map<String, String> message(String subject) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", "Ada Reader");
        fields.put("email", "ada@example.org");
        fields.put("subject", subject);
        fields.put("message", "Your story on the harbour gives the wrong date for the vote.");
        fields.put("website", "");
        return fields;
    }

    private long stored(String subject) {
        return jdbc.sql("SELECT count(*) FROM contact_message WHERE subject = :subject")
                .param("subject", subject).query(Long.class).single();
    }
}
