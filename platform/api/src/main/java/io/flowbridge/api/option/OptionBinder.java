package io.flowbridge.api.option;

import io.flowbridge.api.error.FlowbridgeException;
import io.flowbridge.api.error.Suggestions;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a map of option values (from a script or {@code --set}) into a plugin's typed options
 * record: fills defaults, converts numbers, rejects unknown names, wrong types and values out of
 * range with a message naming the plugin, the option and what is accepted.
 */
public final class OptionBinder {
  private OptionBinder() {}

  /** Binds {@code values} to a new {@code type} record for the plugin called {@code owner}. */
  public static <O extends Record> O bind(String owner, Class<O> type, Map<String, ?> values) {
    RecordComponent[] components = type.getRecordComponents();
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
    for (String given : values.keySet()) {
      if (!names.contains(given)) {
        throw new FlowbridgeException(
            owner + ": unknown option '" + given + "'" + Suggestions.didYouMean(given, names)
                + "; known options: " + (names.isEmpty() ? "(none)" : String.join(", ", names)));
      }
    }
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      Option spec = spec(type, c);
      Object raw = values.containsKey(c.getName()) ? values.get(c.getName()) : spec.defaultValue();
      args[i] = convert(owner, c, spec, raw);
      types[i] = c.getType();
    }
    try {
      Constructor<O> ctor = type.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct options record " + type.getName(), e);
    }
  }

  /** The options of {@code type} with their types, defaults and ranges. */
  public static List<OptionDescriptor> describe(Class<? extends Record> type) {
    List<OptionDescriptor> out = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      Option spec = spec(type, c);
      out.add(new OptionDescriptor(c.getName(), typeName(c), spec.defaultValue(), range(spec), spec.doc()));
    }
    return out;
  }

  /** The values of an options record by option name, in declaration order (for config files). */
  public static Map<String, Object> values(Record options) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent c : options.getClass().getRecordComponents()) {
      try {
        var accessor = c.getAccessor();
        accessor.setAccessible(true);
        out.put(c.getName(), accessor.invoke(options));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  private static Option spec(Class<?> type, RecordComponent c) {
    Option spec = c.getAnnotation(Option.class);
    if (spec == null) {
      throw new IllegalStateException(
          "options record " + type.getName() + ": component '" + c.getName() + "' lacks @Option");
    }
    return spec;
  }

  private static String typeName(RecordComponent c) {
    Class<?> t = c.getType();
    if (t == List.class) return elementType(c) == Double.class ? "list<double>" : "list<int>";
    if (t == String.class) return "string";
    if (t == TimeFunction.class) return "function(t)";
    return t.getSimpleName();
  }

  private static String range(Option spec) {
    if (spec.choices().length > 0) return "one of " + String.join(", ", spec.choices());
    boolean lo = spec.min() != Double.NEGATIVE_INFINITY;
    boolean hi = spec.max() != Double.POSITIVE_INFINITY;
    if (!lo && !hi) return "any";
    String left = lo ? (spec.minExclusive() ? "(" : "[") + fmt(spec.min()) : "(-inf";
    String right = hi ? fmt(spec.max()) + "]" : "inf)";
    return left + ", " + right;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static Object convert(String owner, RecordComponent c, Option spec, Object raw) {
    Class<?> t = c.getType();
    String where = owner + ": option '" + c.getName() + "'";
    try {
      if (t == double.class) return checkRange(where, spec, toDouble(where, raw));
      if (t == int.class) return (int) checkRange(where, spec, toIntegral(where, raw, Integer.MIN_VALUE, Integer.MAX_VALUE));
      if (t == long.class) return (long) checkRange(where, spec, toIntegral(where, raw, Long.MIN_VALUE, Long.MAX_VALUE));
      if (t == boolean.class) return toBoolean(where, raw);
      if (t == String.class) return checkChoice(where, spec, raw.toString());
      if (t == TimeFunction.class) return toTimeFunction(where, raw);
      if (t == List.class && elementType(c) == Integer.class) return toIntList(where, spec, raw);
      if (t == List.class && elementType(c) == Double.class) return toDoubleList(where, spec, raw);
    } catch (NumberFormatException e) {
      throw new FlowbridgeException(where + " expects a " + typeName(c) + ", got '" + raw + "'");
    }
    throw new IllegalStateException(where + ": unsupported option type " + c.getGenericType());
  }

  private static Object elementType(RecordComponent c) {
    return c.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
  }

  private static double toDouble(String where, Object raw) {
    if (raw instanceof Number n) return n.doubleValue();
    if (raw instanceof String s) return Double.parseDouble(s.trim());
    throw new FlowbridgeException(where + " expects a number, got '" + raw + "'");
  }

  private static long toIntegral(String where, Object raw, long lo, long hi) {
    double d = toDouble(where, raw);
    if (d != Math.rint(d) || d < lo || d > hi) {
      throw new FlowbridgeException(where + " expects a whole number, got '" + raw + "'");
    }
    return (long) d;
  }

  private static double checkRange(String where, Option spec, double v) {
    boolean tooLow = spec.minExclusive() ? v <= spec.min() : v < spec.min();
    if (Double.isNaN(v) || tooLow || v > spec.max()) {
      throw new FlowbridgeException(where + " = " + fmt(v) + " is out of range; accepted: " + range(spec));
    }
    return v;
  }

  private static boolean toBoolean(String where, Object raw) {
    if (raw instanceof Boolean b) return b;
    String s = raw.toString().trim();
    if (s.equals("true") || s.equals("false")) return Boolean.parseBoolean(s);
    throw new FlowbridgeException(where + " expects true or false, got '" + raw + "'");
  }

  private static String checkChoice(String where, Option spec, String v) {
    if (spec.choices().length > 0 && !Arrays.asList(spec.choices()).contains(v)) {
      throw new FlowbridgeException(
          where + " = '" + v + "' is not accepted" + Suggestions.didYouMean(v, Arrays.asList(spec.choices()))
              + "; accepted: " + String.join(", ", spec.choices()));
    }
    return v;
  }

  private static TimeFunction toTimeFunction(String where, Object raw) {
    if (raw instanceof TimeFunction f) return f;
    if ("none".equals(raw)) return null;
    throw new FlowbridgeException(where + " expects a function of time (a lambda over TensorFlow ops), got '" + raw + "'");
  }

  private static List<Integer> toIntList(String where, Option spec, Object raw) {
    List<Integer> out = new ArrayList<>();
    for (Object item : listItems(raw)) {
      out.add((int) checkRange(where, spec, toIntegral(where, item, Integer.MIN_VALUE, Integer.MAX_VALUE)));
    }
    return List.copyOf(out);
  }

  private static List<Double> toDoubleList(String where, Option spec, Object raw) {
    List<Double> out = new ArrayList<>();
    for (Object item : listItems(raw)) {
      out.add(checkRange(where, spec, toDouble(where, item)));
    }
    return List.copyOf(out);
  }

  /** The elements of a list given as a List, a primitive array or text such as "[1, 2, 3]". */
  private static List<?> listItems(Object raw) {
    if (raw instanceof List<?> l) return l;
    if (raw instanceof int[] a) return Arrays.stream(a).boxed().toList();
    if (raw instanceof double[] a) return Arrays.stream(a).boxed().toList();
    String s = raw.toString().replace("[", "").replace("]", "").trim();
    return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\s*,\\s*"));
  }
}
