package org.callcare.behaviour;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.callcare.domain.Behaviour;
import org.callcare.domain.Speaker;

/**
 * Reads behaviour rule files (JSON with {@code //} comments; format in the README and in the default file
 * {@value #DEFAULT_RESOURCE}) into a {@link RuleBook}. Files are applied in order on top of the defaults: a rule
 * whose id is already defined replaces it, {@code "enabled": false} removes it, and macros ({@code $NAME}) from
 * all files are bound before any pattern is compiled. Any problem throws {@link RuleFileException} naming the
 * file, the rule and the reason, so a broken file stops the job before data is read.
 */
public final class RuleBookLoader {
  public static final String DEFAULT_RESOURCE = "/org/callcare/behaviour/default-rules.json";
  public static final String DEFAULT_NAME = "default rules";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.ALLOW_COMMENTS)
      .enable(JsonParser.Feature.ALLOW_TRAILING_COMMA);
  private static final Set<String> RULE_FIELDS = Set.of("id", "behaviour", "speaker", "pattern", "unless",
      "questions", "context", "capture", "description", "matches", "does_not_match", "enabled");
  private static final Set<String> CONTEXT_FIELDS = Set.of("opening_agent_turns", "after_complaint_agent_turns",
      "with", "without", "agent_turns");
  private static final Pattern MACRO_NAME = Pattern.compile("\\$[A-Z][A-Z0-9_]*");

  /** A rules file's name (for messages) and text. */
  public record Source(String name, String text) implements java.io.Serializable {}

  private RuleBookLoader() {}

  /** The default rules shipped in the jar. */
  public static Source defaults() {
    try (InputStream in = RuleBookLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("default rules missing from the classpath: " + DEFAULT_RESOURCE);
      }
      return new Source(DEFAULT_NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The default rules alone. */
  public static RuleBook loadDefaults() {
    return load(List.of(defaults()));
  }

  /** The rules of {@code sources}, later files overriding earlier ones rule by rule. */
  public static RuleBook load(List<Source> sources) {
    Map<String, String> macros = new LinkedHashMap<>();
    Map<String, JsonNode> ruleNodes = new LinkedHashMap<>();
    Map<String, String> ruleSource = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (Source source : sources) {
      names.add(source.name());
      JsonNode root = parse(source);
      readMacros(source, root.path("macros"), macros);
      JsonNode rules = root.path("rules");
      if (!rules.isArray()) {
        throw new RuleFileException(source.name() + ": needs a \"rules\" array");
      }
      for (JsonNode node : rules) {
        String id = text(node, "id");
        if (id == null || id.isBlank()) {
          throw new RuleFileException(source.name() + ": a rule has no \"id\"");
        }
        if (node.path("enabled").isBoolean() && !node.path("enabled").booleanValue()) {
          ruleNodes.remove(id);
          ruleSource.remove(id);
        } else {
          ruleNodes.remove(id); // a redefined rule moves to its new place
          ruleNodes.put(id, node);
          ruleSource.put(id, source.name());
        }
      }
    }
    Env env = environment(macros, names);
    List<BehaviourRule> rules = new ArrayList<>(ruleNodes.size());
    for (Map.Entry<String, JsonNode> e : ruleNodes.entrySet()) {
      rules.add(rule(ruleSource.get(e.getKey()), e.getKey(), e.getValue(), env));
    }
    return new RuleBook(rules, names);
  }

  private static JsonNode parse(Source source) {
    try {
      JsonNode root = JSON.readTree(source.text());
      if (root == null || !root.isObject()) {
        throw new RuleFileException(source.name() + ": not a JSON object with \"rules\"");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new RuleFileException(source.name() + ": not valid JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    }
  }

  private static void readMacros(Source source, JsonNode node, Map<String, String> macros) {
    if (node.isMissingNode()) {
      return;
    }
    if (!node.isObject()) {
      throw new RuleFileException(source.name() + ": \"macros\" must be an object of \"$NAME\": \"pattern\"");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> macro = it.next();
      if (!MACRO_NAME.matcher(macro.getKey()).matches() || !macro.getValue().isTextual()) {
        throw new RuleFileException(source.name() + ": macro '" + macro.getKey()
            + "' must be named $UPPER_CASE and be a pattern string");
      }
      macros.put(macro.getKey(), macro.getValue().textValue());
    }
  }

  private static Env environment(Map<String, String> macros, List<String> names) {
    Env env = TokenSequencePattern.getNewEnv();
    env.setDefaultStringPatternFlags(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    env.setDefaultStringMatchFlags(NodePattern.CASE_INSENSITIVE | NodePattern.UNICODE_CASE);
    for (Map.Entry<String, String> macro : macros.entrySet()) {
      try {
        // compiling each macro alone reports a broken one by name rather than in every rule that uses it
        env.bind(macro.getKey(), TokenSequencePattern.compile(env, macro.getValue()));
      } catch (RuntimeException e) {
        throw new RuleFileException(String.join(", ", names) + ": macro '" + macro.getKey() + "': "
            + firstLine(e));
      }
    }
    return env;
  }

  private static BehaviourRule rule(String file, String id, JsonNode node, Env env) {
    String where = file + ": rule '" + id + "'";
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!RULE_FIELDS.contains(field)) {
        throw new RuleFileException(where + ": unknown field \"" + field + "\" (known: " + RULE_FIELDS + ")");
      }
    }
    String behaviourId = text(node, "behaviour");
    Behaviour behaviour = Behaviour.byId(behaviourId)
        .orElseThrow(() -> new RuleFileException(where + ": unknown behaviour \"" + behaviourId + "\" (known: "
            + ruleBehaviours() + ")"));
    if (!behaviour.ruleBased()) {
      throw new RuleFileException(where + ": behaviour \"" + behaviour.id()
          + "\" is derived from other behaviours and cannot have rules");
    }
    String speakerText = text(node, "speaker");
    if (speakerText != null) {
      Speaker speaker = Speaker.parse(speakerText).orElseThrow(() ->
          new RuleFileException(where + ": unknown speaker \"" + speakerText + "\" (agent or customer)"));
      if (speaker != behaviour.speaker()) {
        throw new RuleFileException(where + ": behaviour \"" + behaviour.id() + "\" is found in "
            + behaviour.speaker().label() + " turns, not " + speaker.label() + " turns");
      }
    }
    String patternText = text(node, "pattern");
    if (patternText == null || patternText.isBlank()) {
      throw new RuleFileException(where + ": needs a \"pattern\"");
    }
    TokenSequencePattern pattern = compile(where + ": pattern", patternText, env);
    String unlessText = text(node, "unless");
    TokenSequencePattern unless = unlessText == null ? null : compile(where + ": unless", unlessText, env);
    String capture = text(node, "capture");
    if (capture != null && !patternText.contains("(?" + capture + " ")) {
      throw new RuleFileException(where + ": capture \"" + capture + "\" is not a group of the pattern"
          + " (write (?" + capture + " ...) in the pattern)");
    }
    return new BehaviourRule(id, behaviour, patternText, pattern, unlessText, unless,
        questions(where, text(node, "questions")), context(where, behaviour, node.path("context")), capture,
        text(node, "description"), strings(where, node, "matches"), strings(where, node, "does_not_match"));
  }

  private static TokenSequencePattern compile(String where, String text, Env env) {
    try {
      return TokenSequencePattern.compile(env, text);
    } catch (RuntimeException e) {
      throw new RuleFileException(where + " does not compile: " + firstLine(e));
    }
  }

  private static QuestionMode questions(String where, String value) {
    if (value == null) {
      return QuestionMode.ANY;
    }
    return switch (value.strip().toLowerCase()) {
      case "any" -> QuestionMode.ANY;
      case "skip" -> QuestionMode.SKIP;
      case "only" -> QuestionMode.ONLY;
      default -> throw new RuleFileException(where + ": \"questions\" is any, skip or only, not \"" + value + "\"");
    };
  }

  private static RuleContext context(String where, Behaviour behaviour, JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return RuleContext.ANY;
    }
    if (!node.isObject()) {
      throw new RuleFileException(where + ": \"context\" must be an object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!CONTEXT_FIELDS.contains(field)) {
        throw new RuleFileException(where + ": unknown context field \"" + field + "\" (known: " + CONTEXT_FIELDS
            + ")");
      }
    }
    if (behaviour.speaker() != Speaker.AGENT) {
      throw new RuleFileException(where + ": contexts are counted in agent turns; customer rules take none");
    }
    int given = (node.has("opening_agent_turns") ? 1 : 0) + (node.has("after_complaint_agent_turns") ? 1 : 0)
        + (node.has("with") ? 1 : 0) + (node.has("without") ? 1 : 0);
    if (given != 1) {
      throw new RuleFileException(where + ": a context has exactly one of opening_agent_turns,"
          + " after_complaint_agent_turns, with, without");
    }
    try {
      if (node.has("opening_agent_turns")) {
        return new RuleContext(RuleContext.Kind.OPENING, count(where, node, "opening_agent_turns"), null);
      }
      if (node.has("after_complaint_agent_turns")) {
        return new RuleContext(RuleContext.Kind.AFTER_COMPLAINT,
            count(where, node, "after_complaint_agent_turns"), null);
      }
      boolean with = node.has("with");
      String otherId = node.path(with ? "with" : "without").asText();
      Behaviour other = Behaviour.byId(otherId).orElseThrow(() -> new RuleFileException(where
          + ": context names unknown behaviour \"" + otherId + "\""));
      if (other.speaker() != Speaker.AGENT) {
        throw new RuleFileException(where + ": context behaviour \"" + otherId + "\" must be an agent behaviour");
      }
      int turns = node.has("agent_turns") ? count(where, node, "agent_turns") : 0;
      return new RuleContext(with ? RuleContext.Kind.WITH : RuleContext.Kind.WITHOUT, turns, other);
    } catch (IllegalArgumentException e) {
      throw new RuleFileException(where + ": context: " + e.getMessage());
    }
  }

  private static int count(String where, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
      throw new RuleFileException(where + ": context " + field + " must be a whole number >= 0");
    }
    return value.intValue();
  }

  private static List<String> strings(String where, JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new RuleFileException(where + ": \"" + field + "\" must be a list of example texts");
    }
    List<String> out = new ArrayList<>();
    value.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> ruleBehaviours() {
    return java.util.Arrays.stream(Behaviour.values()).filter(Behaviour::ruleBased).map(Behaviour::id).toList();
  }

  /** The deepest cause's first line: for a pattern, where the parser stopped ("Encountered … at column 7"). */
  private static String firstLine(RuntimeException e) {
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message).strip();
  }
}
