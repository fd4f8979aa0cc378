package nl.nieuwszoeker.indexing.read;

/** Something wrong with an input file; line is 0 when the problem concerns the whole file. */
public record Problem(String file, int line, String reason) {

    public static Problem of(String file, String reason) {
        return new Problem(file, 0, reason);
    }

    public String location() {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        return location() + ": " + reason;
    }
}
