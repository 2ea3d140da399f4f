package org.callcare.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.callcare.bench.BenchCorpus.Utterance;

/**
 * The two pools a benchmark corpus is drawn from (see {@link BenchCorpus#load}): what agents, assistants and brands
 * say ({@code agentSide}) and what customers, users and people say ({@code customerSide}). Each pool holds distinct
 * texts; repetition across calls comes from sampling with replacement in {@link BenchCorpus#write}.
 */
public record UtterancePools(List<Utterance> agentSide, List<Utterance> customerSide) {
  public UtterancePools {
    agentSide = List.copyOf(Objects.requireNonNull(agentSide, "agentSide"));
    customerSide = List.copyOf(Objects.requireNonNull(customerSide, "customerSide"));
  }

  /** How many agent-side utterances each source contributed, by source name. */
  public Map<String, Integer> agentSideBySource() {
    return bySource(agentSide);
  }

  /** How many customer-side utterances each source contributed, by source name. */
  public Map<String, Integer> customerSideBySource() {
    return bySource(customerSide);
  }

  private static Map<String, Integer> bySource(List<Utterance> pool) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Utterance utterance : pool) {
      counts.merge(utterance.source(), 1, Integer::sum);
    }
    return counts;
  }
}
