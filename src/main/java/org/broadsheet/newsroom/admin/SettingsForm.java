package org.broadsheet.newsroom.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.broadsheet.content.InputProblem;
import org.broadsheet.content.SiteSettings;
import org.broadsheet.content.SiteSettings.Link;
import org.broadsheet.content.SiteSettings.LinkGroup;
import org.broadsheet.content.SiteSettings.SocialProfile;
import org.broadsheet.content.SiteSettingsService;

/**
 * The settings form as typed. Footer links are one per line ("Group | Label | /path"), social
 * profiles too ("Network | https://... | followers | Followers | Follow"); the header menu is a
 * position per category (empty: not in the menu).
 */
public record SettingsForm(String name, String tagline, String logoUrl, String about, String timeZone, String privacyUrl,
                    String termsUrl, Boolean signUp, String footer, String social, List<Long> menuCategory,
                    List<String> menuPosition) {

    public SettingsForm {
        menuCategory = menuCategory == null ? List.of() : menuCategory;
        menuPosition = menuPosition == null ? List.of() : menuPosition;
        signUp = Boolean.TRUE.equals(signUp);
    }

    static SettingsForm of(SiteSettings s) {
        String footer = s.footerGroups().stream().flatMap(g -> g.links().stream()
                .map(l -> g.name() + " | " + l.label() + " | " + l.url())).collect(Collectors.joining("\n"));
        String social = s.socialProfiles().stream().map(p -> String.join(" | ", p.network(), p.url(),
                Long.toString(p.followers()), p.audienceNoun(), p.actionLabel())).collect(Collectors.joining("\n"));
        return new SettingsForm(s.name(), s.tagline(), nz(s.logoUrl()), s.about(), s.timeZone().getId(),
                nz(s.privacyUrl()), nz(s.termsUrl()), s.signUpOpen(), footer, social, List.of(), List.of());
    }

    SiteSettingsService.Update update() {
        return new SiteSettingsService.Update(name, tagline, logoUrl, about, timeZone, privacyUrl, termsUrl, signUp,
                footerGroups(), socialProfiles());
    }

    /** The categories for the menu, ordered by the positions typed. */
    List<Long> menu() {
        record Entry(long id, int position, int index) {
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < menuCategory.size() && i < menuPosition.size(); i++) {
            String typed = menuPosition.get(i) == null ? "" : menuPosition.get(i).strip();
            if (typed.isEmpty() || menuCategory.get(i) == null) {
                continue;
            }
            try {
                entries.add(new Entry(menuCategory.get(i), Integer.parseInt(typed), i));
            } catch (NumberFormatException e) {
                throw new InputProblem("menu", "Menu positions are whole numbers such as 1, 2, 3 (or empty).");
            }
        }
        return entries.stream().sorted((a, b) -> a.position() != b.position()
                ? Integer.compare(a.position(), b.position()) : Integer.compare(a.index(), b.index()))
                .map(Entry::id).toList();
    }

    private List<LinkGroup> footerGroups() {
        Map<String, List<Link>> groups = new LinkedHashMap<>();
        for (String[] parts : lines(footer, 3, "footer", "Write each footer link as: Group | Label | /address")) {
            groups.computeIfAbsent(parts[0], g -> new ArrayList<>()).add(new Link(parts[1], parts[2]));
        }
        return groups.entrySet().stream().map(e -> new LinkGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private List<SocialProfile> socialProfiles() {
        List<SocialProfile> profiles = new ArrayList<>();
        for (String[] p : lines(social, 5, "social", "Write each profile as: Network | https://address | followers | Followers | Follow")) {
            long followers;
            try {
                followers = Long.parseLong(p[2].replace(",", "").replace("_", ""));
            } catch (NumberFormatException e) {
                throw new InputProblem("social", "“" + p[2] + "” is not a follower count: use a whole number such as 12000.");
            }
            profiles.add(new SocialProfile(p[0], p[1], followers, p[3], p[4]));
        }
        return profiles;
    }

    private static List<String[]> lines(String text, int parts, String field, String format) {
        List<String[]> result = new ArrayList<>();
        int number = 0;
        for (String line : (text == null ? "" : text).split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] split = line.split("\\|", -1);
            if (split.length != parts) {
                throw new InputProblem(field, "Line " + number + ": " + format + ".");
            }
            for (int i = 0; i < split.length; i++) {
                split[i] = split[i].strip();
            }
            result.add(split);
        }
        if (result.size() > 100) {
            throw new InputProblem(field, "At most 100 lines, please.");
        }
        return result;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
