package nl.nieuwszoeker.indexing.entities;

import java.lang.management.ManagementFactory;
import morfologik.stemming.Dictionary;

/**
 * Load time and retained heap of the two ways to have the lexicon's names in the app: the derived name list
 * (what the app ships) and the whole lexicon FSA (what a runtime dependency would load). Run it as
 * {@code bench/entities-lexicon} does; each variant runs in its own JVM so one does not warm the other.
 */
public final class NameListBench {

    private NameListBench() {}

    public static void main(String[] args) throws Exception {
        String variant = args.length == 0 ? "list" : args[0];
        long before = usedAfterGc();
        long start = System.nanoTime();
        Object kept;
        switch (variant) {
            case "list" -> kept = NameLexicon.load();
            case "extractor" -> kept = EntityExtractor.load();
            case "fsa" -> kept = Dictionary.read(NameListBench.class.getResource(NameListBuilder.DICT));
            default -> throw new IllegalArgumentException("list, extractor or fsa");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long retained = usedAfterGc() - before;
        System.out.printf("%s: load %d ms, retained heap %.1f MB%s%n", variant, millis, retained / 1e6,
                kept instanceof NameLexicon l ? ", " + l.size() + " forms" : "");
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
