package org.callcare.sentiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.callcare.domain.Behaviour;
import org.callcare.domain.Speaker;

/**
 * Turns a {@link SentimentInput} into the layer's features: a fixed list of named dense features (CoreNLP's
 * sentence distributions summarised, shape of the turn, conversational cue counts, behaviour rule hits, the
 * speaker) and the set of word terms (lower-case unigrams {@code w:…} and bigrams {@code b:…}, digits folded to
 * 0) that a model's vocabulary is looked up in. Every dense feature but the speaker's is given twice: once for
 * any speaker and once more for agent turns only ({@code agent:…}), so that an apology or CoreNLP's negativity
 * can weigh differently when the agent says it. Pure and thread-safe.
 */
public final class SentimentFeatures {
  /** Version of the feature definitions; a model names the version it was trained with. */
  public static final String VERSION = "callcare-sentiment-features/1";

  private static final List<String> BASE = base();
  /** Names of the dense features, in vector order. */
  public static final List<String> DENSE = dense();

  private SentimentFeatures() {}

  private static List<String> base() {
    List<String> names = new ArrayList<>(List.of(
        "corenlp_scored", "corenlp_mean_very_negative", "corenlp_mean_negative", "corenlp_mean_neutral",
        "corenlp_mean_positive", "corenlp_mean_very_positive", "corenlp_mean_score", "corenlp_min_score",
        "corenlp_max_score", "corenlp_first_score", "corenlp_last_score", "corenlp_max_negative",
        "corenlp_max_positive",
        "log_tokens", "log_sentences", "question_share", "exclamations", "negations", "caps_words",
        "unpunctuated",
        "cue_complaint", "cue_thanks", "cue_relief", "cue_sarcasm", "cue_polite_fury", "cue_threat",
        "cue_apology", "cue_positive", "cue_negative", "cue_positive_with_complaint"));
    for (Behaviour b : Behaviour.values()) {
      names.add("rule_" + b.id());
    }
    return List.copyOf(names);
  }

  private static List<String> dense() {
    List<String> names = new ArrayList<>(BASE);
    names.add("speaker_customer");
    names.add("speaker_agent");
    for (String b : BASE) {
      names.add("agent:" + b);
    }
    return List.copyOf(names);
  }

  /** The dense feature values, in the order of {@link #DENSE}. */
  public static double[] dense(SentimentInput turn) {
    double[] base = base(turn);
    double[] out = new double[DENSE.size()];
    System.arraycopy(base, 0, out, 0, base.length);
    boolean agent = turn.speaker() == Speaker.AGENT;
    out[base.length] = turn.speaker() == Speaker.CUSTOMER ? 1 : 0;
    out[base.length + 1] = agent ? 1 : 0;
    if (agent) {
      System.arraycopy(base, 0, out, base.length + 2, base.length);
    }
    for (int i = 0; i < out.length; i++) {
      // 1e-9 steps: floating-point noise (a mean of 2.2e-16 where 0 is meant) would otherwise look like a
      // feature with a tiny spread, which the fit scales up into an enormous coefficient
      out[i] = Math.rint(out[i] * 1e9) / 1e9;
    }
    return out;
  }

  private static double[] base(SentimentInput turn) {
    double[] f = new double[BASE.size()];
    List<String> words = new ArrayList<>();
    turn.sentences().forEach(s -> words.addAll(s.words()));
    int i = coreNlp(turn, f, 0);
    i = shape(turn, words, f, i);
    i = cues(words, f, i);
    for (Behaviour b : Behaviour.values()) {
      f[i++] = turn.behaviours().contains(b.id()) ? 1 : 0;
    }
    return f;
  }

  /**
   * CoreNLP's verdicts summarised: whether any sentence was scored, the token-weighted mean distribution and
   * score, the lowest, highest, first and last sentence score, and the most negative and positive sentence's
   * mass. Writes from {@code i}; returns the next index.
   */
  private static int coreNlp(SentimentInput turn, double[] f, int i) {
    double[] mean = new double[5];
    int scoredTokens = 0;
    double min = Double.NaN;
    double max = Double.NaN;
    double first = Double.NaN;
    double last = Double.NaN;
    double maxNegative = 0;
    double maxPositive = 0;
    for (SentenceView s : turn.sentences()) {
      double[] p = s.corenlp();
      if (s.words().isEmpty() || p == null) {
        continue;
      }
      int weight = s.words().size();
      scoredTokens += weight;
      for (int c = 0; c < 5; c++) {
        mean[c] += weight * p[c];
      }
      double score = s.corenlpScore();
      min = Double.isNaN(min) ? score : Math.min(min, score);
      max = Double.isNaN(max) ? score : Math.max(max, score);
      if (Double.isNaN(first)) {
        first = score;
      }
      last = score;
      maxNegative = Math.max(maxNegative, p[0] + p[1]);
      maxPositive = Math.max(maxPositive, p[3] + p[4]);
    }
    boolean scored = scoredTokens > 0;
    f[i++] = scored ? 1 : 0;
    double meanScore = 0;
    for (int c = 0; c < 5; c++) {
      double m = scored ? mean[c] / scoredTokens : 0;
      f[i++] = m;
      meanScore += c * m;
    }
    f[i++] = scored ? (meanScore - 2) / 2 : 0;
    f[i++] = scored ? min : 0;
    f[i++] = scored ? max : 0;
    f[i++] = scored ? first : 0;
    f[i++] = scored ? last : 0;
    f[i++] = maxNegative;
    f[i++] = maxPositive;
    return i;
  }

  /** The turn's shape: length, questions, exclamations, negations, capitals, no punctuation (speech-to-text). */
  private static int shape(SentimentInput turn, List<String> words, double[] f, int i) {
    int sentences = 0;
    int questions = 0;
    for (SentenceView s : turn.sentences()) {
      if (!s.words().isEmpty()) {
        sentences++;
        if ("?".equals(s.words().get(s.words().size() - 1))) {
          questions++;
        }
      }
    }
    int tokens = 0;
    int exclamations = 0;
    int negations = 0;
    int caps = 0;
    int punctuation = 0;
    for (String w : words) {
      if (isWord(w)) {
        tokens++;
        String lower = w.toLowerCase(Locale.ROOT);
        if (ConversationCues.NEGATION.contains(lower)) {
          negations++;
        }
        if (w.length() >= 3 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(lower)) {
          caps++;
        }
      } else {
        punctuation++;
        if (w.contains("!")) {
          exclamations++;
        }
      }
    }
    f[i++] = Math.log1p(tokens);
    f[i++] = Math.log1p(sentences);
    f[i++] = sentences == 0 ? 0 : (double) questions / sentences;
    f[i++] = cap(exclamations);
    f[i++] = cap(negations);
    f[i++] = cap(caps);
    f[i++] = punctuation == 0 && tokens > 5 ? 1 : 0;
    return i;
  }

  /** The conversational cue counts ({@link ConversationCues}), each capped at 3. */
  private static int cues(List<String> words, double[] f, int i) {
    String text = ConversationCues.phraseText(words);
    int complaint = ConversationCues.count(text, ConversationCues.COMPLAINT);
    int positive = ConversationCues.count(text, ConversationCues.POSITIVE);
    f[i++] = cap(complaint);
    f[i++] = cap(ConversationCues.count(text, ConversationCues.THANKS));
    f[i++] = cap(ConversationCues.count(text, ConversationCues.RELIEF));
    f[i++] = cap(ConversationCues.count(text, ConversationCues.SARCASM));
    f[i++] = cap(ConversationCues.count(text, ConversationCues.POLITE_FURY));
    f[i++] = cap(ConversationCues.count(text, ConversationCues.THREAT));
    f[i++] = cap(ConversationCues.count(text, ConversationCues.APOLOGY));
    f[i++] = cap(positive);
    f[i++] = cap(ConversationCues.count(text, ConversationCues.NEGATIVE));
    f[i++] = cap(Math.min(positive, complaint));
    return i;
  }

  /** The word terms of a turn: unigrams and bigrams within each sentence, lower case, digits as 0. */
  public static Set<String> terms(SentimentInput turn) {
    Set<String> terms = new LinkedHashSet<>();
    for (SentenceView s : turn.sentences()) {
      String previous = "<s>";
      for (String raw : s.words()) {
        String w = normalise(raw);
        terms.add("w:" + w);
        terms.add("b:" + previous + "_" + w);
        previous = w;
      }
    }
    return terms;
  }

  static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('`', '\'');
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      out.append(Character.isDigit(c) ? '0' : c);
    }
    return out.toString();
  }

  private static boolean isWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static double cap(int count) {
    return Math.min(count, 3);
  }
}
