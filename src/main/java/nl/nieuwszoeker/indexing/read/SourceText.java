package nl.nieuwszoeker.indexing.read;

/** A decoded input file: its path relative to the folder being indexed, and its text. */
public record SourceText(String file, String text) {}
