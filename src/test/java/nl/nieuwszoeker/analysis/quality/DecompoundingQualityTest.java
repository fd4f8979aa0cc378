package nl.nieuwszoeker.analysis.quality;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Issues 8 and 12: compounds are split into their parts, simplex words are left whole. */
class DecompoundingQualityTest {

  // Levels reached by dutch_compound (95.3%, 95.1%, 1.6%); lower means the splitter or the lexicon got worse.
  static final double MIN_PRECISION = 0.95;
  static final double MIN_RECALL = 0.95;
  static final double MAX_OVERSPLIT = 0.02;

  private final AnalysisChains chains = AnalysisChains.project();
  private final List<String> filters = chains.filterNames(AnalysisChains.PROJECT_ANALYZER);
  private final int split = indexOfDecompounder();
  /** Up to and including the decompounder: shows the emitted parts before stemming. */
  private final Analyzer splitter = chains.build(filters.subList(0, split + 1));
  /** The chain without the decompounder: how a part or expected part is stemmed. */
  private final Analyzer stemmer = chains.build(without(split));
  private final Analyzer full = chains.analyzer(AnalysisChains.PROJECT_ANALYZER);

  private int indexOfDecompounder() {
    for (int i = 0; i < filters.size(); i++) {
      if (chains.typeOf(filters.get(i)).equals("dutch_compound")) {
        return i;
      }
    }
    throw new IllegalStateException("no decompounder in " + filters);
  }

  private List<String> without(int i) {
    List<String> l = new ArrayList<>(filters);
    l.remove(i);
    return l;
  }

  /** Emitted subwords, less those that only repeat the word itself (verleden in verleden, woning in woningen). */
  private List<String> parts(String word) {
    List<String> t = AnalysisChains.tokens(splitter, word);
    Set<String> self = stems(List.of(word));
    return t.subList(Math.min(1, t.size()), t.size()).stream().filter(p -> !self.containsAll(stems(List.of(p)))).toList();
  }

  private Set<String> stems(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.addAll(AnalysisChains.tokens(stemmer, w)));
    return out;
  }

  @Test
  void splitPrecisionAndRecall() {
    int emitted = 0;
    int correct = 0;
    int expected = 0;
    int found = 0;
    List<String> wrong = new ArrayList<>();
    for (String[] row : TestLists.rows("/analysis/compounds.tsv")) {
      List<String> required = Arrays.asList(row[1].split(" "));
      Set<String> ok = stems(required);
      if (row.length > 2 && !row[2].isBlank()) {
        ok.addAll(stems(Arrays.asList(row[2].split(" "))));
      }
      Set<String> got = new HashSet<>();
      for (String p : parts(row[0])) {
        emitted++;
        Set<String> s = stems(List.of(p));
        got.addAll(s);
        if (ok.containsAll(s)) {
          correct++;
        } else {
          wrong.add(row[0] + ">" + p);
        }
      }
      for (String r : required) {
        expected++;
        found += got.containsAll(stems(List.of(r))) ? 1 : 0;
      }
    }
    int overSplit = 0;
    List<String> simplex = TestLists.rows("/analysis/non-compounds.txt").stream().map(r -> r[0]).toList();
    for (String w : simplex) {
      List<String> p = parts(w);
      emitted += p.size();
      if (!p.isEmpty()) {
        overSplit++;
        wrong.add(w + ">" + p);
      }
    }
    double precision = (double) correct / emitted;
    double recall = (double) found / expected;
    double overRate = (double) overSplit / simplex.size();
    System.out.printf("decompounding: precision %.1f%%, recall %.1f%%, non-compounds split %.1f%%%n",
        100 * precision, 100 * recall, 100 * overRate);
    System.out.println("  wrong parts: " + wrong);
    assertAll(
        () -> assertTrue(precision >= MIN_PRECISION, "precision fell below " + MIN_PRECISION),
        () -> assertTrue(recall >= MIN_RECALL, "recall fell below " + MIN_RECALL),
        () -> assertTrue(overRate <= MAX_OVERSPLIT, "over-splitting rose above " + MAX_OVERSPLIT));
  }

  @Test
  void partsAreStemmedAndFindTheCompound() {
    var chain = WordFormMeetingTest.Chain.project();
    assertAll(
        () -> assertTrue(chain.finds("aanval", "luchtaanvallen")),
        () -> assertTrue(chain.finds("aanvallen", "luchtaanval")),
        () -> assertTrue(chain.finds("terrorist", "opperterrorist")),
        () -> assertTrue(chain.finds("terroristen", "IS-terrorist")),
        () -> assertTrue(chain.finds("vluchtelingen", "vluchtelingenkampen")),
        () -> assertTrue(chain.finds("explosies", "bomexplosie")));
  }

  @Test
  void aCompoundInTheQueryIsNotWidenedToItsParts() {
    var chain = WordFormMeetingTest.Chain.project();
    assertAll(
        () -> assertTrue(chain.finds("luchtaanval", "luchtaanvallen")),
        () -> assertTrue(chain.finds("geloofsartikelen", "geloofsartikel")),
        () -> assertFalse(chain.finds("geloofsartikel", "artikel"), "a modifier plus head must not find every head"),
        () -> assertFalse(chain.finds("geloofsartikel", "geloof")),
        () -> assertFalse(chain.finds("zelfmoordaanslag", "zelfmoord")));
  }
}
