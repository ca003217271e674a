package org.broadsheet.accounts;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static org.broadsheet.accounts.Capability.*;

/**
 * The roles of a newsroom and what each may do (the capability table). Roles are ordered from
 * the most to the least powerful; each has every capability of the roles below it.
 */
public enum Role {
    ADMINISTRATOR(EnumSet.allOf(Capability.class)),
    EDITOR(EnumSet.of(EDIT_PROFILE, ENTER_NEWSROOM, EDIT_OWN_STORIES, PUBLISH_OWN_STORIES, UPLOAD_MEDIA,
            EDIT_OTHERS_STORIES, MANAGE_CATEGORIES, MANAGE_PAGES, REVIEW_QUEUE, MANAGE_SOURCES)),
    AUTHOR(EnumSet.of(EDIT_PROFILE, ENTER_NEWSROOM, EDIT_OWN_STORIES, PUBLISH_OWN_STORIES, UPLOAD_MEDIA)),
    CONTRIBUTOR(EnumSet.of(EDIT_PROFILE, ENTER_NEWSROOM, EDIT_OWN_STORIES)),
    SUBSCRIBER(EnumSet.of(EDIT_PROFILE));

    private final Set<Capability> capabilities;

    Role(Set<Capability> capabilities) {
        this.capabilities = Set.copyOf(capabilities);
    }

    public Set<Capability> capabilities() {
        return capabilities;
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }

    /** The name stored in the database and shown to people: "editor". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Role fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
