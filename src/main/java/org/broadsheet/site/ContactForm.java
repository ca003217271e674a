package org.broadsheet.site;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The contact form. {@code website} is a honeypot: hidden from people, filled in by bots.
 */
public record ContactForm(
        @NotBlank(message = "Please tell us your name.") @Size(max = 100, message = "Your name can be at most 100 characters.") String name,
        @NotBlank(message = "Please give an email address so we can answer.") @Email(message = "This does not look like an email address.") @Size(max = 200, message = "The email address can be at most 200 characters.") String email,
        @NotBlank(message = "Please add a subject.") @Size(max = 150, message = "The subject can be at most 150 characters.") String subject,
        @NotBlank(message = "Please write a message.") @Size(min = 10, max = 5000, message = "The message must be 10 to 5,000 characters long.") String message,
        String website) {

    public static ContactForm empty() {
        return new ContactForm("", "", "", "", "");
    }
}
