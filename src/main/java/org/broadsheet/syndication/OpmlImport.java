package org.broadsheet.syndication;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.broadsheet.accounts.Account;
import org.broadsheet.content.Slugs;
import org.broadsheet.content.TaxonomyService;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Adds sources from an OPML file (the list format feed readers export). The XML is parsed with
 * DTDs and external entities refused, so a hostile file can neither read local files nor blow up.
 */
@Service
public class OpmlImport {

    /** Larger OPML files are refused (a list of thousands of feeds is not a newsroom's list). */
    public static final int MAX_BYTES = 1024 * 1024;

    private final SourceService sources;
    private final TaxonomyService taxonomy;

    OpmlImport(SourceService sources, TaxonomyService taxonomy) {
        this.sources = sources;
        this.taxonomy = taxonomy;
    }

    /** What an import did: the sources added, and each outline left out with the reason. */
    public record Result(List<Source> created, List<String> problems) {
    }

    /**
     * @param categorySlug the default category of the new sources (an outline's {@code category} may name another)
     * @param mode         "auto" or "review"
     */
    public Result importOpml(byte[] xml, String categorySlug, String mode, Account actor) {
        if (xml.length > MAX_BYTES) {
            throw new SourceException(java.util.Map.of("file", "The file is larger than 1 MB."));
        }
        Document document = parse(xml);
        List<Source> created = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        NodeList outlines = document.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            String url = outline.getAttribute("xmlUrl").strip();
            if (url.isEmpty()) {
                continue;
            }
            String name = outline.getAttribute("title").isBlank() ? outline.getAttribute("text").strip()
                    : outline.getAttribute("title").strip();
            if (name.isEmpty()) {
                name = url;
            }
            SourceSettings d = SourceSettings.defaults();
            // an outline's category attribute sets the default category when it names one of ours
            SourceSettings settings = new SourceSettings(name, url, categoryOf(outline, categorySlug), "", mode == null ? d.mode() : mode,
                    d.attribution(), false, "", "", d.pollMinutes(), d.seoPolicy(), d.duplicatePolicy(), true);
            try {
                created.add(sources.create(settings, actor));
            } catch (SourceException e) {
                problems.add(name + " (" + url + "): " + String.join(" ", e.fields().values()));
            }
        }
        if (created.isEmpty() && problems.isEmpty()) {
            problems.add("The file lists no feeds (no outline with an xmlUrl).");
        }
        return new Result(created, problems);
    }

    /**
     * The outline's own category when it names one of ours, else {@code fallback}. OPML 2.0's
     * {@code category} is a comma-separated list of slash-delimited paths ("/News/World,tech"): the
     * first whose last segment (or whole text) is one of our categories' slugs or names wins.
     */
    String categoryOf(Element outline, String fallback) {
        for (String entry : outline.getAttribute("category").split(",")) {
            String path = entry.strip();
            String last = "";
            for (String segment : path.split("/")) {
                last = segment.isBlank() ? last : segment.strip();
            }
            for (String candidate : List.of(last, path.replace("/", " ").strip())) {
                String slug = Slugs.of(candidate);
                if (!slug.isEmpty() && taxonomy.category(slug).isPresent()) {
                    return slug;
                }
            }
        }
        return fallback;
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            String reason = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "The file declares a DOCTYPE, which is not allowed." : "The file is not OPML (XML) we can read.";
            throw new SourceException(java.util.Map.of("file", reason));
        }
    }
}
