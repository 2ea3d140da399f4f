package org.callcare.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.callcare.behaviour.RuleBookLoader;
import org.callcare.behaviour.RuleFileException;
import org.callcare.nlp.CoreNlpTokens;
import org.callcare.sentiment.SentimentLayer;
import org.callcare.spark.CallAnalysis;

/**
 * Stage "rules": reads and compiles the behaviour rule files (on any Hadoop file system), checks every rule
 * against its own examples, and loads the sentiment layer's model, before any data is read. A problem throws
 * {@link RuleFileException} naming the file, rule or model and the reason (bad arguments, exit 2).
 */
final class RulesStage {
  /** The analysis settings the NLP pass ships to executors, and how many rules they hold. */
  record Result(CallAnalysis analysis, int ruleCount) {
    String summary() {
      return ruleCount + " behaviour rules from " + analysis.ruleSources().stream()
          .map(RuleBookLoader.Source::name).toList() + ", all agree with their examples; sentiment model "
          + analysis.sentiment().name();
    }
  }

  private RulesStage() {}

  static Result run(JobOptions options, Configuration conf) {
    List<RuleBookLoader.Source> sources = new ArrayList<>();
    if (options.defaultRules()) {
      sources.add(RuleBookLoader.defaults());
    }
    for (String file : options.ruleFiles()) {
      Path path = new Path(file);
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        sources.add(new RuleBookLoader.Source(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new RuleFileException("rules file " + file + " cannot be read: " + e.getMessage(), e);
      }
    }
    CallAnalysis analysis = new CallAnalysis(sources, options.timing(), options.sentenceMemo(),
        sentimentLayer(options.sentimentModel(), conf));
    List<String> failures = analysis.calculator().rules().exampleFailures(CoreNlpTokens.shared()::sentences);
    if (!failures.isEmpty()) {
      throw new RuleFileException(failures.size() + " rule example(s) fail: " + String.join("; ", failures));
    }
    return new Result(analysis, analysis.calculator().rules().rules().size());
  }

  /** The jar's model, none, or a model file read and checked here. */
  private static SentimentLayer sentimentLayer(String model, Configuration conf) {
    if (model == null) {
      return SentimentLayer.DEFAULT;
    }
    if (model.equals(JobOptions.CORENLP_ONLY)) {
      return SentimentLayer.CORENLP_ONLY;
    }
    Path path = new Path(model);
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return SentimentLayer.fromFile(model, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RuleFileException("sentiment model " + model + " cannot be read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(e.getMessage(), e);
    }
  }
}
