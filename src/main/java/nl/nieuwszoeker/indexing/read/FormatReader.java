package nl.nieuwszoeker.indexing.read;

/** Turns the text of one file of a given format into articles. */
interface FormatReader {

    /**
     * Adds the file's articles to the collector; a record that cannot be read is reported there and the
     * others go on. A BadInput thrown ends the whole file.
     */
    void read(SourceText source, Collector out) throws BadInput;
}
