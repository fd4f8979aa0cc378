package nl.nieuwszoeker.indexing.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import morfologik.stemming.Dictionary;

/**
 * Build step (exec:java in process-classes): derives the compact name list {@link NameLexicon} reads from the
 * TaalTik lexicon ({@code org.languagetool:dutch-pos-dict}, a provided dependency, so the app jar does not carry
 * the 35 MB lexicon). Keeps the proper-name tags only: {@code ENM:PER:FST}, {@code ENM:PER:LST*},
 * {@code ENM:LOC:*} and {@code ENM:ORG}. Skips the work when the output was made from the same lexicon by the
 * same version of this builder.
 */
public final class NameListBuilder {

    /** Bump when the selection or format changes, so an existing list is rebuilt. */
    static final String VERSION = "1";
    static final String DICT = "/org/languagetool/resource/nl/dutch.dict";

    private NameListBuilder() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        URL dict = NameListBuilder.class.getResource(DICT);
        if (dict == null) {
            throw new IllegalStateException(DICT + " is not on the build class path (org.languagetool:dutch-pos-dict)");
        }
        String header = "# " + NameLexicon.HEADER + " builder " + VERSION + " from " + source(dict);
        if (Files.exists(out) && header.equals(firstLine(out))) {
            return;
        }
        Map<String, StringBuilder> flags = new TreeMap<>();
        Dictionary dictionary = Dictionary.read(dict);
        byte separator = dictionary.metadata.getSeparator();
        for (ByteBuffer entry : dictionary.fsa) {
            byte[] bytes = new byte[entry.remaining()];
            entry.get(bytes);
            int first = indexOf(bytes, separator, 0);
            int last = lastIndexOf(bytes, separator);
            if (first < 0 || last <= first) {
                continue;
            }
            char flag = flag(new String(bytes, last + 1, bytes.length - last - 1, StandardCharsets.UTF_8));
            if (flag != 0) {
                StringBuilder f = flags.computeIfAbsent(new String(bytes, 0, first, StandardCharsets.UTF_8),
                        k -> new StringBuilder());
                if (f.indexOf(String.valueOf(flag)) < 0) {
                    f.append(flag);
                }
            }
        }
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8)) {
            w.write(header + "\n");
            w.write("# TaalTik lexicon (R. Baars) via LanguageTool, CC BY 3.0 or BSD; form<TAB>"
                    + "F first name, L last name, P place, O organisation\n");
            for (var e : flags.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("entity names: " + flags.size() + " forms written to " + out.getFileName());
    }

    static char flag(String tag) {
        if (tag.startsWith("ENM:PER:FST")) {
            return NameLexicon.FIRST;
        }
        if (tag.startsWith("ENM:PER:LST")) {
            return NameLexicon.LAST;
        }
        if (tag.startsWith("ENM:LOC:")) {
            return NameLexicon.PLACE;
        }
        if (tag.startsWith("ENM:ORG")) {
            return NameLexicon.ORGANISATION;
        }
        return 0;
    }

    /** The jar the lexicon came from (its file name carries the version), without the machine's path. */
    private static String source(URL dict) {
        String s = dict.toString();
        int bang = s.indexOf("!/");
        String jar = bang < 0 ? s : s.substring(0, bang);
        return jar.substring(jar.lastIndexOf('/') + 1);
    }

    private static String firstLine(Path gz) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            return r.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
