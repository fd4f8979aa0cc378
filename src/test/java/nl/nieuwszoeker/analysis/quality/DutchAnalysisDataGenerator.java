package nl.nieuwszoeker.analysis.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Rewrites, inside mappings/articles.json, the stemmer_override rules and the decompounder word_list from
 * the OpenTaal word list of Debian's wdutch package. Run:
 *
 * <pre>
 * apt-get install wdutch
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=nl.nieuwszoeker.analysis.quality.DutchAnalysisDataGenerator \
 *   -Dexec.args="/usr/share/dict/dutch mappings/articles.json"
 * </pre>
 */
public final class DutchAnalysisDataGenerator {

  static final String[] PREFIXES = {
    "aan", "af", "bij", "door", "in", "mee", "na", "neer", "om", "op", "over", "terug", "toe",
    "uit", "vast", "voor", "weg", "tegen", "samen", "binnen", "buiten", "los", "be", "ver", "ont",
    "her", "ge", "er", "onder", "achter"
  };
  static final String VOWELS = "aeiouy";

  /** Words whose part list is cut here: shorter parts make bo+men style splits. */
  static final int MIN_PART = 4;
  static final int MAX_PARTS = 8000;
  static final int MIN_COMPOUNDS_PER_PART = 4;
  static final int MIN_COMPOUNDS_FOR_RULES = 3;
  static final int MIN_PREFIXED_FOR_RULES = 2;

  private final Set<String> words;
  private final DutchStemmer snowball = new DutchStemmer();
  /** form -> target stem; a strong claim (regular spelling rule) beats a weak one. */
  private final Map<String, String> strong = new HashMap<>();
  private final Map<String, String> weak = new HashMap<>();
  private final Set<String> conflicted = new HashSet<>();
  static final String DECOMPOUND_FILTER = "dutch_decompound";
  static final String LEXICON_FILTER = "dutch_stem_lexicon";

  private Map<String, Integer> partCounts;
  private int lemmaWeight;

  DutchAnalysisDataGenerator(Set<String> words) {
    this.words = words;
  }

  public static void main(String[] args) throws IOException {
    Set<String> words = readWords(Path.of(args[0]));
    DutchAnalysisDataGenerator g = new DutchAnalysisDataGenerator(words);
    Map<String, String> rules = g.overrideRules();
    List<String> parts = g.compoundParts();
    Path settings = Path.of(args[1]);
    String updated = updateSettings(Files.readString(settings, StandardCharsets.UTF_8), rules, parts);
    Files.writeString(settings, updated, StandardCharsets.UTF_8);
    System.out.printf("%d words, %d override forms, %d parts%n", words.size(), rules.size(), parts.size());
  }

  static Set<String> readWords(Path file) throws IOException {
    Set<String> out = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      // Lower-case entries only: capitalised ones are names and abbreviations.
      if (!line.equals(line.toLowerCase()) || !line.matches("[\\p{L}']+")) {
        continue;
      }
      out.add(fold(line));
    }
    return out;
  }

  static String fold(String s) {
    char[] in = s.toCharArray();
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }

  String stem(String w) {
    snowball.setCurrent(w);
    snowball.stem();
    return snowball.getCurrent();
  }

  /**
   * No word frequencies ship with a free Dutch lexicon; how many compounds a word heads or starts
   * is used instead to pick the everyday words that get rules (bom, aanval, stad, vallen).
   */
  Map<String, String> overrideRules() {
    Map<String, Integer> productivity = partCounts();
    for (String w : words) {
      if (w.length() < 2 || w.contains("'")) {
        continue;
      }
      lemmaWeight = productivity.getOrDefault(w, 0);
      if (lemmaWeight >= MIN_COMPOUNDS_FOR_RULES) {
        nounForms(w);
      }
      if (w.endsWith("en") && w.length() >= 5 && prefixedCount(w) >= MIN_PREFIXED_FOR_RULES) {
        verbForms(w);
      }
    }
    Map<String, String> rules = new TreeMap<>();
    for (Map<String, String> claims : List.of(weak, strong)) {
      claims.forEach((form, target) -> {
        if (!conflicted.contains(form) && !stem(form).equals(target)) {
          rules.put(form, target);
        }
      });
    }
    dropCompoundsCoveredByHead(rules);
    return rules;
  }

  /**
   * Snowball writes boom as bom and zoon as zon, so a plural rule towards bom would also pull in
   * bomen. A long-vowel word whose short twin is a word keeps itself as its stem instead.
   */
  String target(String w) {
    if (longVowelBeforeLast(w)) {
      String twin = w.substring(0, w.length() - 2) + w.charAt(w.length() - 1);
      if (words.contains(twin) && stem(twin).equals(stem(w))) {
        return w;
      }
    }
    return stem(w);
  }

  private void nounForms(String w) {
    String target = target(w);
    if (!target.equals(stem(w))) {
      claim(strong, w, target);
    }
    claim(strong, w + "s", target);
    claim(strong, w + "tje", target);
    claim(strong, w + "tjes", target);
    if (w.endsWith("ing")) {
      claim(strong, w.substring(0, w.length() - 1) + "kje", target);
      claim(strong, w.substring(0, w.length() - 1) + "kjes", target);
    }
    char last = w.charAt(w.length() - 1);
    boolean vowelEnd = VOWELS.indexOf(last) >= 0;
    if (vowelEnd) {
      claim(strong, w + "'s", target);
      claim(strong, w + "tje", target);
      claim(strong, w + "tjes", target);
      if (!w.endsWith("e")) {
        claim(strong, w + last + "tje", target);
        claim(strong, w + last + "tjes", target);
      }
      return;
    }
    claim(strong, w + "je", target);
    claim(strong, w + "jes", target);
    claim(strong, w + "pje", target);
    claim(strong, w + "pjes", target);
    if (shortVowelBeforeLast(w)) {
      String doubled = w + last;
      claim(strong, doubled + "en", target);
      claim(strong, doubled + "etje", target);
      claim(strong, doubled + "etjes", target);
      claim(strong, doubled + "eren", target);
      String head = w.substring(0, w.length() - 2);
      char v = w.charAt(w.length() - 2);
      // stad/steden, schip/schepen, glas/glazen, hof/hoven: open syllable, maybe vowel change
      for (String vv : v == 'a' || v == 'i' ? List.of(String.valueOf(v), "e") : List.of(String.valueOf(v))) {
        claim(weak, head + vv + voiced(last) + "en", target);
        claim(weak, head + vv + voiced(last) + "eren", target);
      }
    } else if (longVowelBeforeLast(w)) {
      String open = w.substring(0, w.length() - 2) + voiced(last);
      claim(strong, open + "en", target);
    } else {
      String v = w.substring(0, w.length() - 1) + voiced(last);
      claim(strong, v + "en", target);
      claim(strong, w + "eren", target);
      claim(strong, v + "eren", target);
      claim(strong, w + "deren", target);
    }
  }

  private void verbForms(String inf) {
    String base = inf.substring(0, inf.length() - 2);
    if (base.isEmpty() || VOWELS.indexOf(base.charAt(base.length() - 1)) >= 0) {
      return;
    }
    String stemForm = verbStem(base);
    if (stemForm == null || !words.contains(stemForm) && !words.contains(stemForm + "t")) {
      return;
    }
    if (prefixed(inf)) {
      return;
    }
    String target = target(stemForm);
    if (!target.equals(stem(stemForm))) {
      claim(strong, stemForm, target);
    }
    boolean voiceless = "tkfsp".indexOf(base.charAt(base.length() - 1)) >= 0 || base.endsWith("ch");
    String dt = voiceless ? "t" : "d";
    claim(strong, inf, target);
    claim(strong, stemForm + "t", target);
    claim(strong, stemForm + dt + "e", target);
    claim(strong, stemForm + dt + "en", target);
    claim(strong, "ge" + stemForm + dt, target);
    claim(strong, "ge" + stemForm + dt + "e", target);
    claim(strong, "ge" + inf, target);
    claim(strong, stemForm + "end", target);
    claim(strong, stemForm + "ende", target);
    claim(strong, inf + "d", target);
    claim(strong, inf + "de", target);
  }

  private int prefixedCount(String inf) {
    int n = 0;
    for (String p : PREFIXES) {
      n += words.contains(p + inf) ? 1 : 0;
    }
    return n;
  }

  /** Prefixed verbs (aanvallen, verklaren) are many; their base verb's rules must do. */
  private boolean prefixed(String inf) {
    for (String p : PREFIXES) {
      if (inf.startsWith(p) && words.contains(inf.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }

  private String verbStem(String base) {
    char last = base.charAt(base.length() - 1);
    if (base.length() >= 2 && base.charAt(base.length() - 2) == last) {
      return base.substring(0, base.length() - 1);
    }
    String devoiced = base.substring(0, base.length() - 1) + (last == 'v' ? 'f' : last == 'z' ? 's' : last);
    if (base.length() >= 3 && shortVowelBeforeLast(base)) {
      char v = base.charAt(base.length() - 2);
      return devoiced.substring(0, devoiced.length() - 1) + v + devoiced.charAt(devoiced.length() - 1);
    }
    return devoiced;
  }

  private static char voiced(char c) {
    return c == 'f' ? 'v' : c == 's' ? 'z' : c;
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  /** ...CVC: a single vowel letter between consonants, as in bom, aanval, stad. */
  static boolean shortVowelBeforeLast(String w) {
    int n = w.length();
    return n >= 3 && !isVowel(w.charAt(n - 1)) && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3))
        && w.charAt(n - 1) != 'w' && w.charAt(n - 1) != 'x' && w.charAt(n - 2) != 'y';
  }

  /** ...aaC, ooC, eeC, uuC: the vowel is written single in an open syllable (boot/boten). */
  static boolean longVowelBeforeLast(String w) {
    int n = w.length();
    if (n < 3 || isVowel(w.charAt(n - 1))) {
      return false;
    }
    char a = w.charAt(n - 3);
    char b = w.charAt(n - 2);
    return a == b && "aeou".indexOf(a) >= 0 && (n < 4 || !isVowel(w.charAt(n - 4)));
  }

  private void claim(Map<String, String> claims, String form, String target) {
    if (!words.contains(form) || conflicted.contains(form)) {
      return;
    }
    // a "form" that heads more compounds than its lemma is a word of its own (gezond, not zon+d)
    boolean pluralShape = form.endsWith("en") || form.endsWith("'s") || form.matches(".*jes?");
    if (!pluralShape && partCounts.getOrDefault(form, 0) > Math.max(1, lemmaWeight / 2)) {
      return;
    }
    if (claims == strong) {
      weak.remove(form);
    } else if (strong.containsKey(form)) {
      return;
    }
    String old = claims.putIfAbsent(form, target);
    if (old != null && !old.equals(target)) {
      claims.remove(form);
      conflicted.add(form);
    }
  }

  /**
   * A form like luchtaanvallen needs no rule of its own when its head (aanvallen) has one and the
   * modifier (lucht) is a word: the decompounder emits the head, which is then stemmed. Keeps the
   * rule set small enough to send inline.
   */
  private void dropCompoundsCoveredByHead(Map<String, String> rules) {
    List<String> covered = new ArrayList<>();
    for (String form : rules.keySet()) {
      for (int i = MIN_PART; i <= form.length() - 3; i++) {
        String mod = form.substring(0, i);
        String head = form.substring(i);
        if (rules.containsKey(head) && (words.contains(mod) || mod.endsWith("s") && words.contains(mod.substring(0, i - 1)))) {
          covered.add(form);
          break;
        }
      }
    }
    covered.forEach(rules::remove);
  }

  private Map<String, Integer> partCounts() {
    if (partCounts != null) {
      return partCounts;
    }
    Map<String, Integer> asPart = new HashMap<>();
    for (String w : words) {
      for (int i = 3; i <= w.length() - 3; i++) {
        String mod = w.substring(0, i);
        String head = w.substring(i);
        if (words.contains(head) && (words.contains(mod) || linked(mod))) {
          asPart.merge(head, 1, Integer::sum);
          asPart.merge(baseOfModifier(mod), 1, Integer::sum);
        }
      }
    }
    partCounts = asPart;
    return asPart;
  }

  /**
   * Parts for dictionary_decompounder: lexicon words that are the head or modifier of many other
   * lexicon words, minus those that often sit inside words that are not compounds of them.
   */
  List<String> compoundParts() {
    Map<String, Integer> asPart = partCounts();
    Map<String, Integer> embedded = new HashMap<>();
    for (String w : words) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < w.length(); i++) {
        for (int j = i + MIN_PART; j <= Math.min(w.length(), i + 15); j++) {
          String s = w.substring(i, j);
          if (s.length() < w.length() && asPart.containsKey(s) && seen.add(s) && !splitsCleanly(w, i, j)) {
            embedded.merge(s, 1, Integer::sum);
          }
        }
      }
    }
    TreeSet<String> ranked = new TreeSet<>((a, b) -> {
      int c = Integer.compare(asPart.get(b), asPart.get(a));
      return c != 0 ? c : a.compareTo(b);
    });
    asPart.forEach((p, n) -> {
      int bad = embedded.getOrDefault(p, 0);
      // a part found mostly where the rest is no word (ring in vergadering) would over-split
      if (p.length() >= MIN_PART && n >= MIN_COMPOUNDS_PER_PART && bad * 2 <= n + 4 && words.contains(p) && !inflected(p)
          && !derivesAway(p)) {
        ranked.add(p);
      }
    });
    List<String> out = new ArrayList<>();
    for (String p : ranked) {
      if (out.size() == MAX_PARTS) {
        break;
      }
      out.add(p);
    }
    out.sort(null);
    return out;
  }

  /**
   * The decompounder cannot check what is left beside a part, so a part that also starts a
   * derivation with another meaning (brief/briefing, fout/foutloos, feest/feestelijk) is left out.
   */
  private boolean derivesAway(String p) {
    for (String suffix : List.of("ing", "loos", "elijk", "lijk", "ant", "air", "ig", "baar")) {
      if (words.contains(p + suffix)) {
        return true;
      }
    }
    return false;
  }

  /** Parts are stemmed after the split, so only base forms need listing. */
  private boolean inflected(String p) {
    return strong.containsKey(p) || weak.containsKey(p)
        || p.endsWith("s") && words.contains(p.substring(0, p.length() - 1))
        || p.endsWith("en") && words.contains(p.substring(0, p.length() - 2))
        || p.endsWith("e") && words.contains(p.substring(0, p.length() - 1));
  }

  private boolean linked(String mod) {
    return (mod.endsWith("s") && words.contains(mod.substring(0, mod.length() - 1)))
        || (mod.endsWith("en") && words.contains(mod.substring(0, mod.length() - 2)));
  }

  private String baseOfModifier(String mod) {
    return words.contains(mod) ? mod : mod.endsWith("s") ? mod.substring(0, mod.length() - 1) : mod.substring(0, mod.length() - 2);
  }

  /** Whether word w, with [i,j) taken out as a part, leaves words (or linking s/en) around it. */
  private boolean splitsCleanly(String w, int i, int j) {
    String left = w.substring(0, i);
    String right = w.substring(j);
    boolean leftOk = left.isEmpty() || words.contains(left) || linked(left)
        || List.of("anti", "opper", "ex", "oud", "pro", "contra", "super", "mega", "aarts", "oer", "niet").contains(left);
    boolean rightOk = right.isEmpty() || words.contains(right) || isInflection(right)
        || (right.startsWith("s") && words.contains(right.substring(1)))
        || (right.startsWith("en") && (words.contains(right.substring(2)) || isInflection(right.substring(2))))
        || (right.startsWith("e") && words.contains(right.substring(1)));
    return leftOk && rightOk;
  }

  private static boolean isInflection(String s) {
    return List.of("isch", "ische", "schap", "schappen", "es", "s", "en", "e", "je", "jes", "tje", "tjes", "etje", "ers", "er", "eren", "n", "t", "te", "ten", "de", "den", "d")
            .contains(s)
        || s.length() == 3 && s.charAt(1) == 'e' && s.charAt(2) == 'n'
        || s.length() == 5 && s.endsWith("etje");
  }

  /** Replaces only the generated word list and rules inside the index settings; everything else stays. */
  static String updateSettings(String settingsJson, Map<String, String> rules, List<String> parts) throws IOException {
    Map<String, List<String>> byTarget = new TreeMap<>();
    rules.forEach((form, target) -> byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(form));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = (ObjectNode) json.readTree(settingsJson);
    ObjectNode filter = (ObjectNode) root.path("settings").path("analysis").path("filter");
    if (!filter.has(DECOMPOUND_FILTER) || !filter.has(LEXICON_FILTER)) {
      throw new IllegalArgumentException("settings lack filters " + DECOMPOUND_FILTER + " and " + LEXICON_FILTER);
    }
    ((ObjectNode) filter.get(DECOMPOUND_FILTER)).put("min_subword_size", MIN_PART).set("word_list", json.valueToTree(parts));
    ArrayNode ruleArray = ((ObjectNode) filter.get(LEXICON_FILTER)).putArray("rules");
    byTarget.forEach((target, forms) -> ruleArray.add(String.join(", ", forms) + " => " + target));
    return json.writeValueAsString(root) + "\n";
  }
}
