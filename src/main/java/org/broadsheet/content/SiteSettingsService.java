package org.broadsheet.content;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.broadsheet.content.SiteSettings.Link;
import org.broadsheet.content.SiteSettings.LinkGroup;
import org.broadsheet.content.SiteSettings.SocialProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes {@link SiteSettings}; kept in memory, reloaded after each change. */
@Service
public class SiteSettingsService {

    private final JdbcClient jdbc;
    private final ChangeJournal journal;
    private final AtomicReference<SiteSettings> cached = new AtomicReference<>();

    SiteSettingsService(JdbcClient jdbc, ChangeJournal journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    public SiteSettings settings() {
        SiteSettings settings = cached.get();
        if (settings == null) {
            settings = load();
            cached.set(settings);
        }
        return settings;
    }

    /** Forgets the settings kept in memory (another node changed them: the change journal says so). */
    public void forget() {
        cached.set(null);
    }

    /** A setting by name, also ones that {@link SiteSettings} does not show. */
    public java.util.Optional<String> value(String name) {
        return jdbc.sql("SELECT value FROM site_setting WHERE name = :name").param("name", name).query(String.class).optional();
    }

    @Transactional
    public void put(String name, String value) {
        jdbc.sql("DELETE FROM site_setting WHERE name = :name").param("name", name).update();
        jdbc.sql("INSERT INTO site_setting (name, value) VALUES (:name, :value)")
                .param("name", name).param("value", value).update();
        journal.record("settings", 0, "updated");
        CacheReset.nowAndAfterTransaction(() -> cached.set(null));
    }

    @Transactional
    public void replaceSocialProfiles(List<SocialProfile> profiles) {
        jdbc.sql("DELETE FROM social_profile").update();
        int position = 0;
        for (SocialProfile p : profiles) {
            jdbc.sql("""
                    INSERT INTO social_profile (network, url, followers, audience_noun, action_label, position)
                    VALUES (:network, :url, :followers, :audienceNoun, :actionLabel, :position)
                    """)
                    .param("network", p.network()).param("url", p.url()).param("followers", p.followers())
                    .param("audienceNoun", p.audienceNoun()).param("actionLabel", p.actionLabel())
                    .param("position", ++position).update();
        }
        journal.record("settings", 0, "updated");
        CacheReset.nowAndAfterTransaction(() -> cached.set(null));
    }

    /** Everything the settings screen changes at once; the header menu is {@link TaxonomyEditing#setMenu}. */
    public record Update(String name, String tagline, String logoUrl, String about, String timeZone,
                         String privacyUrl, String termsUrl, boolean signUpOpen,
                         List<LinkGroup> footerGroups, List<SocialProfile> socialProfiles) {
    }

    /**
     * Replaces the site's settings, checked first (an {@link InputProblem} names the field),
     * in one transaction with one journal entry: the public pages show them at once.
     */
    @Transactional
    public void update(Update update) {
        String name = text("name", update.name(), 1, 100, "the site's name");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("site.name", name);
        values.put("site.tagline", text("tagline", update.tagline(), 0, 200, "the tagline"));
        values.put("site.logo_url", url("logoUrl", update.logoUrl()));
        values.put("site.about", text("about", update.about(), 0, 2000, "the about text"));
        String zone = update.timeZone() == null ? "" : update.timeZone().strip();
        try {
            values.put("site.time_zone", ZoneId.of(zone).getId());
        } catch (DateTimeException e) {
            throw new InputProblem("timeZone", "“" + zone + "” is not a time zone. Use a name such as Europe/Paris or UTC.");
        }
        values.put("site.privacy_url", url("privacyUrl", update.privacyUrl()));
        values.put("site.terms_url", url("termsUrl", update.termsUrl()));
        values.put("site.sign_up", Boolean.toString(update.signUpOpen()));
        for (LinkGroup group : update.footerGroups()) {
            text("footer", group.name(), 1, 100, "a footer group's name");
            for (Link link : group.links()) {
                text("footer", link.label(), 1, 100, "a footer link's label");
                if (url("footer", link.url()).isEmpty()) {
                    throw new InputProblem("footer", "Give the footer link “" + link.label() + "” an address.");
                }
            }
        }
        for (SocialProfile p : update.socialProfiles()) {
            text("social", p.network(), 1, 50, "a network's name");
            if (url("social", p.url()).isEmpty() || p.followers() < 0) {
                throw new InputProblem("social", "Give “" + p.network() + "” an address and a follower count of 0 or more.");
            }
        }
        values.forEach((key, value) -> {
            jdbc.sql("DELETE FROM site_setting WHERE name = :name").param("name", key).update();
            if (!value.isEmpty() || key.equals("site.tagline") || key.equals("site.about")) {
                jdbc.sql("INSERT INTO site_setting (name, value) VALUES (:name, :value)")
                        .param("name", key).param("value", value).update();
            }
        });
        jdbc.sql("DELETE FROM footer_link").update();
        int position = 0;
        for (LinkGroup group : update.footerGroups()) {
            for (Link link : group.links()) {
                jdbc.sql("""
                        INSERT INTO footer_link (link_group, label, url, position) VALUES (:group, :label, :url, :position)
                        """).param("group", group.name().strip()).param("label", link.label().strip())
                        .param("url", link.url().strip()).param("position", ++position).update();
            }
        }
        replaceSocialProfiles(update.socialProfiles());
    }

    private static String text(String field, String value, int min, int max, String what) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() < min || clean.length() > max) {
            throw new InputProblem(field, min > 0 ? "Enter " + what + " (1 to " + max + " characters)."
                    : "Keep " + what + " under " + max + " characters.");
        }
        return clean;
    }

    /** An address of our own ("/about-us") or an http(s) URL; empty when none is given. */
    private static String url(String field, String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            return "";
        }
        boolean ok = clean.length() <= 500 && !clean.matches(".*\\s.*")
                && ((clean.startsWith("/") && !clean.startsWith("//")) || clean.matches("(?i)https?://[^/]+.*"));
        if (!ok) {
            throw new InputProblem(field, "“" + clean + "” is not an address: use a site path such as /about-us or an http(s) URL.");
        }
        return clean;
    }

    private SiteSettings load() {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("SELECT name, value FROM site_setting").query(rs -> {
            values.put(rs.getString("name"), rs.getString("value"));
        });
        List<SocialProfile> social = jdbc.sql("""
                SELECT network, url, followers, audience_noun, action_label FROM social_profile ORDER BY position, id
                """).query(SocialProfile.class).list();
        Map<String, List<Link>> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT link_group, label, url FROM footer_link ORDER BY id").query(rs -> {
            groups.computeIfAbsent(rs.getString("link_group"), g -> new ArrayList<>())
                    .add(new Link(rs.getString("label"), rs.getString("url")));
        });
        List<LinkGroup> footer = groups.entrySet().stream().map(e -> new LinkGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new SiteSettings(
                values.getOrDefault("site.name", "Broadsheet"),
                values.getOrDefault("site.tagline", ""),
                blankToNull(values.get("site.logo_url")),
                values.getOrDefault("site.about", ""),
                zone(values.get("site.time_zone")),
                values.getOrDefault("site.language", "en"),
                social, footer,
                blankToNull(values.get("site.privacy_url")),
                blankToNull(values.get("site.terms_url")),
                "true".equals(values.get("site.sign_up")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
