package nl.nieuwszoeker.analysis.quality;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives the UD test lists in src/test/resources/analysis/ud/ from UD Dutch LassySmall (CoNLL-U, CC BY-SA 4.0):
 * per split, the forms of each noun, verb and adjective lemma, and the noun compounds whose gold lemma joins its
 * parts with an underscore. Run once; the output is committed so the tests need no copy of the treebank.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test
 *   -Dexec.mainClass=nl.nieuwszoeker.analysis.quality.UdListsDeriver
 *   -Dexec.args="path/to/ud-lassysmall src/test/resources/analysis/ud"</pre>
 */
public final class UdListsDeriver {

    private static final Set<String> CLASSES = Set.of("NOUN", "VERB", "ADJ");

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (String split : new String[] {"dev", "test"}) {
            derive(in.resolve("nl_lassysmall-ud-" + split + ".conllu"), out, split);
        }
    }

    private static void derive(Path conllu, Path out, String split) throws IOException {
        Map<String, Set<String>> forms = new TreeMap<>();
        Map<String, String> compounds = new TreeMap<>();
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (line.startsWith("#") || c.length < 4 || !c[0].matches("\\d+")) {
                continue;
            }
            String form = c[1].toLowerCase(Locale.ROOT);
            String lemma = c[2].toLowerCase(Locale.ROOT);
            String upos = c[3];
            // Forms the standard tokenizer keeps as one token; separable verbs (mee_doen for "doet") are left out.
            if (!CLASSES.contains(upos) || !form.matches("\\p{L}+") || !lemma.matches("[\\p{L}_]+")
                    || (upos.equals("VERB") && lemma.contains("_"))) {
                continue;
            }
            forms.computeIfAbsent(upos + "\t" + lemma, k -> new TreeSet<>()).add(form);
            if (upos.equals("NOUN") && lemma.contains("_")) {
                compounds.put(form, lemma.replace('_', ' '));
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("lemma-forms-" + split + ".tsv")))) {
            w.println("# class<TAB>gold lemma<TAB>forms seen (lower case). Derived from UD Dutch LassySmall "
                    + split + " (CC BY-SA 4.0) by UdListsDeriver.");
            forms.forEach((k, v) -> w.println(k + "\t" + String.join("\t", v)));
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("compounds-" + split + ".tsv")))) {
            w.println("# compound form<TAB>gold parts (modifiers, head last). Derived from UD Dutch LassySmall "
                    + split + " (CC BY-SA 4.0) by UdListsDeriver.");
            compounds.forEach((k, v) -> w.println(k + "\t" + v));
        }
    }
}
