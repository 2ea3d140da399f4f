package org.callcare.nlp;

import java.util.Properties;

/**
 * The CoreNLP settings callcare runs: only the annotators sentiment needs (tokenize, ssplit, pos, parse,
 * sentiment) plus lemma for the behaviour rules (a dictionary lookup per token), the shift-reduce constituency
 * parser with binarized trees and no dependency graphs, and a sentence length guard; as one pipeline, or split
 * into the job scorer's three steps. Model files are loaded from the classpath (they ship inside the jar).
 */
public final class CoreNlpSettings {
  /**
   * Sentences longer than this many tokens are not parsed (parsing time grows with length); CoreNLP gives them a
   * flat tree, which the sentiment model still reads word by word, less accurately.
   */
  public static final int MAX_SENTENCE_TOKENS = 80;

  /**
   * Tokenizer options. Characters the tokenizer cannot read (private-use symbols in tweets, …) are kept as tokens,
   * without a warning. Typographic quotes and apostrophes become ASCII ({@code don’t} → {@code do n't}): the
   * sentiment model and the rules know {@code n't}, {@code 's} and {@code 'm}, and chat typed on phones, subtitles
   * and many exports use {@code ’} (CoreNLP otherwise scores "I don’t like it." neutral and "I don't like it."
   * negative).
   */
  static final String TOKENIZER_OPTIONS = "untokenizable=noneKeep,quotes=ascii";

  static final String SENTIMENT_MODEL = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";
  static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  static final String SR_PARSER_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";

  private CoreNlpSettings() {}

  /**
   * The job's settings as one CoreNLP pipeline: what the job's three-step scorer ({@link #splitProperties()},
   * {@link #tagProperties()}, {@link #parseSentimentProperties()}) computes, in one go; tests compare the two.
   */
  public static Properties jobProperties() {
    return combined("tokenize,ssplit,pos,lemma,parse,sentiment",
        splitProperties(), tagProperties(), parseSentimentProperties());
  }

  /**
   * Properties of the light pipeline the behaviour rules need without sentiment (tokens, tags, lemmas): used to
   * check rule files at start-up and by the rule evaluation. Same tokenizer and tagger as the job.
   */
  public static Properties tokenProperties() {
    return combined("tokenize,ssplit,pos,lemma", splitProperties(), tagProperties());
  }

  /** Properties of the first step of the job's scorer: sentence splitting and tokens only (no models). */
  public static Properties splitProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", TOKENIZER_OPTIONS);
    return props;
  }

  /**
   * Properties of the tagging step of the job's scorer (part of speech and lemma over already split sentences),
   * built with requirement checks off.
   */
  public static Properties tagProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "pos,lemma");
    props.setProperty("pos.model", POS_MODEL);
    return props;
  }

  /**
   * Properties of the last step of the job's scorer: the parser and the sentiment model over sentences already
   * split, tokenized and tagged. Built with requirement checks off, since the earlier annotators run in other
   * pipelines.
   */
  public static Properties parseSentimentProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "parse,sentiment");
    props.setProperty("parse.model", SR_PARSER_MODEL);
    props.setProperty("parse.binaryTrees", "true");
    props.setProperty("parse.buildgraphs", "false");
    props.setProperty("parse.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
    props.setProperty("sentiment.model", SENTIMENT_MODEL);
    return props;
  }

  /** The settings of several steps in one pipeline running {@code annotators}. */
  private static Properties combined(String annotators, Properties... steps) {
    Properties props = new Properties();
    for (Properties step : steps) {
      props.putAll(step);
    }
    props.setProperty("annotators", annotators);
    return props;
  }

  /** One line for the manifest. */
  public static String describe() {
    return "CoreNLP sentiment (" + SENTIMENT_MODEL + "), shift-reduce parser (" + SR_PARSER_MODEL
        + "), parse.maxlen=" + MAX_SENTENCE_TOKENS + ", tokenize.options=" + TOKENIZER_OPTIONS;
  }
}
