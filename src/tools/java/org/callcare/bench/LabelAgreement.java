package org.callcare.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.callcare.domain.SentimentLabel;
import org.callcare.domain.TurnSentiment;
import org.callcare.nlp.CoreNlpSentimentScorer;
import org.callcare.nlp.SentimentScorer;

/**
 * How often the job's CoreNLP settings (shift-reduce parser, no graphs, length guard) give a MELD test utterance
 * the same label (negative / neutral / positive, the METRICS.md thresholds) as CoreNLP's default pipeline, and
 * how often each agrees with MELD's human sentiment label. Prints one JSON line. Argument: the shared data folder.
 */
public final class LabelAgreement {
  private LabelAgreement() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<BenchCorpus.LabelledUtterance> test = BenchCorpus.meldTest(shared);
    SentimentScorer job = CoreNlpSentimentScorer.shared(0);
    SentimentScorer naive = NaiveScorer.shared();
    int compared = 0;
    int agree = 0;
    int jobHuman = 0;
    int naiveHuman = 0;
    for (BenchCorpus.LabelledUtterance u : test) {
      SentimentLabel a = label(job.score(u.text()));
      SentimentLabel b = label(naive.score(u.text()));
      if (a == null || b == null) {
        continue;
      }
      compared++;
      agree += a == b ? 1 : 0;
      jobHuman += a.label().equals(u.sentiment()) ? 1 : 0;
      naiveHuman += b.label().equals(u.sentiment()) ? 1 : 0;
    }
    System.out.println(String.format(Locale.ROOT,
        "{\"utterances\": %d, \"compared\": %d, \"agreement\": %.4f, \"job_vs_human\": %.4f,"
            + " \"default_vs_human\": %.4f}",
        test.size(), compared, (double) agree / compared, (double) jobHuman / compared,
        (double) naiveHuman / compared));
  }

  private static SentimentLabel label(TurnSentiment sentiment) {
    return sentiment.score() == null ? null : sentiment.label();
  }
}
