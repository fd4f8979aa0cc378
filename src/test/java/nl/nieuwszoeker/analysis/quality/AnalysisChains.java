package nl.nieuwszoeker.analysis.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.nieuwszoeker.analysis.dutch.DutchCompoundFilter;
import nl.nieuwszoeker.analysis.dutch.DutchLemmaFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * Builds Lucene analyzers from Elasticsearch analysis settings (stock filter types and parameter
 * names only), so the measured chain is the one the index settings declare. The project chain is
 * read from mappings/articles.json.
 */
final class AnalysisChains {

  static final String PROJECT_ANALYZER = "dutch_text";
  static final String PROJECT_QUERY_ANALYZER = "dutch_query";
  static final String PROJECT_PARTS_ANALYZER = "dutch_query_parts";

  private final JsonNode analysis;

  private AnalysisChains(JsonNode analysis) {
    this.analysis = analysis;
  }

  static AnalysisChains project() {
    for (Path p : List.of(Path.of("mappings/articles.json"))) {
      if (Files.exists(p)) {
        try {
          JsonNode a = analysisNode(new ObjectMapper().readTree(p.toFile()));
          if (a != null && a.path("analyzer").has(PROJECT_ANALYZER)) {
            return new AnalysisChains(a);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("no settings define analyzer " + PROJECT_ANALYZER);
  }

  /** A chain from an analysis settings object, e.g. a variant of the project's for a measurement. */
  static AnalysisChains of(JsonNode analysis) {
    return new AnalysisChains(analysis);
  }

  /** The project's analysis settings, as a mutable tree. */
  static com.fasterxml.jackson.databind.node.ObjectNode projectSettings() {
    try {
      return (com.fasterxml.jackson.databind.node.ObjectNode) analysisNode(new ObjectMapper().readTree(Path.of("mappings/articles.json").toFile())).deepCopy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AnalysisChains stock() {
    try (InputStream in = AnalysisChains.class.getResourceAsStream("/analysis/stock-dutch-chains.json")) {
      return new AnalysisChains(analysisNode(new ObjectMapper().readTree(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode analysisNode(JsonNode root) {
    for (JsonNode n : List.of(root.path("settings").path("index").path("analysis"), root.path("settings").path("analysis"), root.path("analysis"))) {
      if (n.isObject()) {
        return n;
      }
    }
    return null;
  }

  List<String> filterNames(String analyzer) {
    JsonNode def = analysis.path("analyzer").path(analyzer);
    if (!"standard".equals(def.path("tokenizer").asText())) {
      throw new IllegalArgumentException(analyzer + ": only the standard tokenizer is supported here");
    }
    List<String> names = new ArrayList<>();
    def.path("filter").forEach(f -> names.add(f.asText()));
    return names;
  }

  String typeOf(String filter) {
    JsonNode def = analysis.path("filter").path(filter);
    return def.isObject() ? def.path("type").asText() : filter;
  }

  Analyzer analyzer(String name) {
    return build(filterNames(name));
  }

  Analyzer build(List<String> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = source;
        for (String f : filters) {
          ts = filter(f, ts);
        }
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  private TokenStream filter(String name, TokenStream in) {
    JsonNode def = analysis.path("filter").path(name);
    String type = typeOf(name);
    switch (type) {
      case "lowercase":
        return new LowerCaseFilter(in);
      case "asciifolding":
        return new ASCIIFoldingFilter(in, def.path("preserve_original").asBoolean(false));
      case "stop":
        if (!"_dutch_".equals(def.path("stopwords").asText())) {
          throw new IllegalArgumentException("only the _dutch_ stop set is supported here");
        }
        return new org.apache.lucene.analysis.StopFilter(in, org.apache.lucene.analysis.nl.DutchAnalyzer.getDefaultStopSet());
      case "keyword_repeat":
        return new KeywordRepeatFilter(in);
      case "remove_duplicates":
        return new RemoveDuplicatesTokenFilter(in);
      case "stemmer":
        String lang = def.has("language") ? def.path("language").asText() : def.path("name").asText();
        switch (lang) {
          case "dutch":
            return new SnowballFilter(in, new DutchStemmer());
          case "dutch_kp":
            return new SnowballFilter(in, new KpStemmer());
          default:
            throw new IllegalArgumentException("stemmer language " + lang);
        }
      case "stemmer_override":
        return new StemmerOverrideFilter(in, overrides(def.path("rules")));
      case "dutch_lemma":
        return new DutchLemmaFilter(in, def.path("stem_lemmas").asBoolean(true), def.path("other_lemmas").asBoolean(true));
      case "dutch_compound":
        return new DutchCompoundFilter(in, def.path("only_parts").asBoolean(false));
      case "dictionary_decompounder":
        Set<String> words = new LinkedHashSet<>();
        def.path("word_list").forEach(w -> words.add(w.asText()));
        return new DictionaryCompoundWordTokenFilter(in, new CharArraySet(words, true),
            def.path("min_word_size").asInt(5), def.path("min_subword_size").asInt(2),
            def.path("max_subword_size").asInt(15), def.path("only_longest_match").asBoolean(false));
      default:
        throw new IllegalArgumentException("filter type not supported here: " + type);
    }
  }

  /** Same rule syntax as the stock stemmer_override: "a, b => c". */
  private static StemmerOverrideFilter.StemmerOverrideMap overrides(JsonNode rules) {
    StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
    rules.forEach(r -> {
      String[] sides = r.asText().split("=>");
      if (sides.length != 2) {
        throw new IllegalArgumentException("bad rule: " + r.asText());
      }
      for (String from : sides[0].split(",")) {
        b.add(from.trim(), sides[1].trim());
      }
    });
    try {
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the analyzer adds compound parts to the text (tokens of the compound filter's part type). */
  static boolean addsParts(Analyzer a, String text) {
    try (TokenStream ts = a.tokenStream("f", text)) {
      var type = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
      ts.reset();
      boolean parts = false;
      while (ts.incrementToken()) {
        parts |= DutchCompoundFilter.PART_TYPE.equals(type.type());
      }
      ts.end();
      return parts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> tokens(Analyzer a, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
