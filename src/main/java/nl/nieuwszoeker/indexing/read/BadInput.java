package nl.nieuwszoeker.indexing.read;

/** A file (or one record of it) that cannot be read as an article; line 0 means the whole file. */
public final class BadInput extends Exception {

    private final int line;

    public BadInput(String reason) {
        this(0, reason);
    }

    public BadInput(int line, String reason) {
        super(reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
