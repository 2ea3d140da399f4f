package org.callcare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.callcare.nlp.AnalyzedSentence;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.nlp.CoreNlpSettings;
import org.callcare.nlp.SentimentScorer;

/**
 * The benchmark's {@code limit} variant: the floor for this hardware. Reads a corpus of JSON Lines calls, splits
 * every turn into sentences (tokenizer and splitter only), keeps each distinct sentence once, then scores the
 * distinct sentences on {@code threads} threads with the job's CoreNLP settings and nothing else (no Spark, no
 * files, no rules). Prints one JSON line: turns, sentences, unique sentences, model load and loop seconds.
 * Arguments: corpus folder, threads, {@code shared} (one scorer for all threads, as the job) or
 * {@code per-thread} (a scorer each).
 */
public final class LimitLoop {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LimitLoop() {}

  /** Distinct sentences of a corpus (keyed by their words, as the job's memo keys them), with counts. */
  record Corpus(long turns, long sentences, List<String> unique) {}

  static Corpus read(Path folder) throws IOException {
    StanfordCoreNLP splitter = new StanfordCoreNLP(CoreNlpSettings.splitProperties());
    Map<String, String> unique = new LinkedHashMap<>();
    long turns = 0;
    long sentences = 0;
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          for (JsonNode turn : JSON.readTree(line).path("turns")) {
            String text = turn.path("text").asText("");
            turns++;
            if (text.isBlank()) {
              continue;
            }
            Annotation doc = new Annotation(text);
            splitter.annotate(doc);
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
              List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
              if (tokens.isEmpty()) {
                continue;
              }
              sentences++;
              String sentenceText = sentence.get(CoreAnnotations.TextAnnotation.class);
              unique.putIfAbsent(new AnalyzedSentence(sentenceText, tokens, null).key(), sentenceText);
            }
          }
        }
      }
    }
    return new Corpus(turns, sentences, new ArrayList<>(unique.values()));
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !List.of("shared", "per-thread").contains(args[2])) {
      System.err.println("usage: LimitLoop CORPUS_DIR THREADS shared|per-thread");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    boolean shared = args[2].equals("shared");
    long readStart = System.nanoTime();
    Corpus corpus = read(folder);
    double readSeconds = (System.nanoTime() - readStart) / 1e9; // reading and splitting, one thread

    long loadStart = System.nanoTime();
    List<SentimentScorer> scorers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      scorers.add(shared ? CoreNlpSentimentScorer.shared(0) : CoreNlpSentimentScorer.newInstance(0));
    }
    scorers.get(0).analyze("Warm up."); // models load lazily on first use
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    AtomicInteger next = new AtomicInteger();
    List<String> sentences = corpus.unique();
    long loopStart = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (SentimentScorer scorer : scorers) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < sentences.size(); i = next.getAndIncrement()) {
            scorer.analyze(sentences.get(i));
          }
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double loopSeconds = (System.nanoTime() - loopStart) / 1e9;
    System.out.println(String.format(Locale.ROOT,
        "{\"turns\": %d, \"sentences\": %d, \"unique_sentences\": %d, \"threads\": %d, \"pipelines\": \"%s\","
            + " \"read_split_s\": %.2f, \"load_s\": %.2f, \"wall_s\": %.2f, \"unique_sentences_per_s\": %.1f}",
        corpus.turns(), corpus.sentences(), sentences.size(), threads, args[2], readSeconds, loadSeconds, loopSeconds,
        sentences.size() / loopSeconds));
  }
}
