package org.broadsheet.site;

import java.util.Map;

import org.broadsheet.content.StaticPage;

/**
 * The Contact Us page: the editable intro text, the form, and what happened to the last submission.
 *
 * @param errors   messages by field name ("name", "email", ...); empty when there are none
 * @param notice   a message for the whole form (thanks, or try later), or null
 */
public record ContactPage(Chrome chrome, PageMeta meta, StaticPage intro, ContactForm form, Map<String, String> errors,
                          String notice, boolean sent, String csrfParameter, String csrfToken) {

    public String error(String field) {
        return errors.get(field);
    }
}
