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
                values.get("site.logo_url"),
                values.getOrDefault("site.about", ""),
                zone(values.get("site.time_zone")),
                values.getOrDefault("site.language", "en"),
                social, footer);
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
