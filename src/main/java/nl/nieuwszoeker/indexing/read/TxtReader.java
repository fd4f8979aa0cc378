package nl.nieuwszoeker.indexing.read;

/** Plain text: the whole file is the body; no metadata. */
final class TxtReader implements FormatReader {

    @Override
    public void read(SourceText source, Collector out) {
        String body = source.text().strip();
        out.article(new RawArticle(source.file(), 0, null, null, body, null, null, null, null, null, null,
                source.text()));
    }
}
