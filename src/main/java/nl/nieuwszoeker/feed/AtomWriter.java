package nl.nieuwszoeker.feed;

import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom 1.0 (RFC 4287) for a feed of search results. Entry ids are URNs of the article id, so a reader sees the
 * same entry as the same entry however often the feed is fetched; the feed id is the canonical search.
 */
public final class AtomWriter {

    static final String NS = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /**
     * @param base      scheme, host and port the reader used, for absolute links
     * @param search    the canonical query string of the search (no leading '?')
     * @param title     the feed's title
     */
    public static void write(Writer out, FeedService.Feed feed, String base, String search, String title) {
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("utf-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            text(x, "id", "urn:nieuwszoeker:zoekopdracht:" + enc(search));
            text(x, "title", title);
            text(x, "updated", feed.updated().toString());
            link(x, "self", "application/atom+xml", base + "/feed" + (search.isEmpty() ? "" : "?" + search));
            link(x, "alternate", "text/html", base + "/" + (search.isEmpty() ? "" : "?" + search));
            x.writeStartElement("author");
            text(x, "name", "Nieuwszoeker");
            x.writeEndElement();
            text(x, "generator", "Nieuwszoeker");
            for (FeedService.Entry e : feed.entries()) {
                entry(x, e, base);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed", e);
        }
    }

    public static String entryId(String articleId) {
        return "urn:nieuwszoeker:artikel:" + enc(articleId);
    }

    private static void entry(XMLStreamWriter x, FeedService.Entry e, String base) throws XMLStreamException {
        x.writeStartElement("entry");
        text(x, "id", entryId(e.id()));
        text(x, "title", e.title() == null || e.title().isBlank() ? "(zonder titel)" : e.title());
        link(x, "alternate", "text/html", base + "/artikel/" + enc(e.id()));
        Instant updated = e.updated() != null ? e.updated() : Instant.EPOCH;
        if (e.published() != null) {
            text(x, "published", e.published().toString());
        }
        text(x, "updated", updated.toString());
        if (e.source() != null && !e.source().isBlank()) {
            x.writeStartElement("author");
            text(x, "name", e.source());
            x.writeEndElement();
        }
        if (e.snippet() != null && !e.snippet().isBlank()) {
            x.writeStartElement("summary");
            x.writeAttribute("type", "html");
            x.writeCharacters(xmlSafe(e.snippet()));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(xmlSafe(value));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    /** XML 1.0 cannot carry control characters or lone surrogates, even escaped: they become spaces. */
    static String xmlSafe(String s) {
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            out.appendCodePoint(ok ? cp : ' ');
        });
        return out.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private AtomWriter() {}
}
