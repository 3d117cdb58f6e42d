package io.flowbridge.core.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.error.Suggestions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Applies {@code --set path=value} overrides to an experiment: {@code train.steps=200},
 * {@code seed=3}, {@code interpolant.sigma=0.2} (a plugin option), {@code coupling=independent}
 * (swap a plugin), {@code sample.solver.steps=50}. Paths that do not exist fail with the known
 * settings and the closest one; values are converted to the setting's type.
 */
public final class Overrides {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Overrides() {}

  /** Parses {@code key=value} strings, failing on a missing '='. */
  public static List<String[]> parse(List<String> assignments) {
    List<String[]> out = new ArrayList<>();
    for (String a : assignments) {
      int eq = a.indexOf('=');
      if (eq <= 0) throw new FlowbridgeException("--set '" + a + "': expected path=value, e.g. train.steps=200");
      out.add(new String[] {a.substring(0, eq).trim(), a.substring(eq + 1).trim()});
    }
    return out;
  }

  /** The experiment with every override applied, in order. */
  public static ExperimentSpec apply(ExperimentSpec spec, List<String> assignments) {
    if (assignments.isEmpty()) return spec;
    // Function options (script lambdas) have no JSON form: carry them through as tokens.
    List<Object> functions = new ArrayList<>();
    ObjectMapper mapper = MAPPER.copy().registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
        .addSerializer(io.flowbridge.api.option.TimeFunction.class,
            new com.fasterxml.jackson.databind.JsonSerializer<io.flowbridge.api.option.TimeFunction>() {
              @Override
              public void serialize(io.flowbridge.api.option.TimeFunction f, com.fasterxml.jackson.core.JsonGenerator gen,
                  com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
                functions.add(f);
                gen.writeString(FUNCTION_TOKEN + (functions.size() - 1));
              }
            }));
    ObjectNode tree = mapper.valueToTree(spec);
    for (String[] kv : parse(assignments)) {
      set(tree, kv[0], kv[1]);
    }
    ExperimentSpec out;
    try {
      out = MAPPER.treeToValue(tree, ExperimentSpec.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new FlowbridgeException("--set: " + e.getOriginalMessage(), e);
    }
    for (ComponentSpec c : List.of(out.source(), out.target(), out.interpolant(), out.coupling(), out.model(),
        out.sample().solver(), out.evaluate().likelihoodSolver())) {
      c.options().replaceAll((name, v) -> v instanceof String str && str.startsWith(FUNCTION_TOKEN)
          ? functions.get(Integer.parseInt(str.substring(FUNCTION_TOKEN.length()))) : v);
    }
    return out;
  }

  private static final String FUNCTION_TOKEN = "\u0000function#";

  private static void set(ObjectNode root, String path, String value) {
    String[] parts = path.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == parts.length - 1;
      if (isComponent(node) && !part.equals("key") && !part.equals("options")) {
        node = (ObjectNode) node.get("options");
        if (last) {
          node.put(part, value);
          return;
        }
      }
      JsonNode child = node.get(part);
      if (child == null) {
        List<String> known = names(node);
        throw new FlowbridgeException("--set " + path + ": no setting '" + part + "'" + Suggestions.didYouMean(part, known)
            + "; known here: " + String.join(", ", known));
      }
      if (last) {
        if (isComponent(child)) {
          ((ObjectNode) child).put("key", value);
          ((ObjectNode) child).putObject("options");
          return;
        }
        if (child.isObject()) {
          throw new FlowbridgeException("--set " + path + ": '" + part + "' is a group, not a value; its settings: "
              + String.join(", ", names(child)));
        }
        node.set(part, convert(path, child, value));
        return;
      }
      if (!child.isObject()) {
        throw new FlowbridgeException("--set " + path + ": '" + part + "' is a value, not a group");
      }
      node = (ObjectNode) child;
    }
  }

  private static boolean isComponent(JsonNode n) {
    return n.isObject() && n.has("key") && n.has("options") && n.size() == 2;
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) out.add(it.next().getKey());
    return out;
  }

  private static JsonNode convert(String path, JsonNode current, String value) {
    if (current.isArray()) {
      var array = MAPPER.getNodeFactory().arrayNode();
      JsonNode element = current.size() > 0 ? current.get(0) : MAPPER.getNodeFactory().textNode("");
      for (String part : value.replace("[", "").replace("]", "").split("\\s*,\\s*")) {
        if (!part.isBlank()) array.add(convert(path, element, part.trim()));
      }
      return array;
    }
    try {
      if (current.isIntegralNumber()) return MAPPER.getNodeFactory().numberNode(Long.parseLong(value.replace("_", "")));
      if (current.isNumber()) return MAPPER.getNodeFactory().numberNode(Double.parseDouble(value));
      if (current.isBoolean()) {
        if (!value.equals("true") && !value.equals("false")) throw new NumberFormatException();
        return MAPPER.getNodeFactory().booleanNode(Boolean.parseBoolean(value));
      }
    } catch (NumberFormatException e) {
      String type = current.isIntegralNumber() ? "a whole number" : current.isNumber() ? "a number" : "true or false";
      throw new FlowbridgeException("--set " + path + "=" + value + ": expected " + type);
    }
    return MAPPER.getNodeFactory().textNode(value);
  }
}
