package org.broadsheet.distribution.sitemap;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A thin layer over the JDK's streaming XML writer, which escapes every text and attribute. */
final class SitemapXml implements AutoCloseable {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    SitemapXml(String root, boolean news, boolean images) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(SITEMAP_NS);
            if (news) {
                xml.writeNamespace("news", NEWS_NS);
            }
            if (images) {
                xml.writeNamespace("image", IMAGE_NS);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    SitemapXml start(String element) {
        try {
            int colon = element.indexOf(':');
            if (colon < 0) {
                xml.writeStartElement(element);
            } else {
                String prefix = element.substring(0, colon);
                xml.writeStartElement(prefix, element.substring(colon + 1), "news".equals(prefix) ? NEWS_NS : IMAGE_NS);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    SitemapXml end() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    SitemapXml element(String name, String text) {
        if (text == null) {
            return this;
        }
        start(name);
        try {
            xml.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return end();
    }

    /** W3C datetime, to the second, in UTC. */
    static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    String finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // already closed
        }
    }
}
