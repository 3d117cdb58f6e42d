package io.flowbridge.core.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The JSON settings every Flowbridge run file uses: records, maps and lists in insertion order,
 * doubles at full precision, and non-finite numbers written as {@code null}.
 *
 * <p>Why null: JSON has no NaN or Infinity. Writing them bare ({@code NaN}) makes the file
 * unreadable to strict parsers (Python's {@code json} in strict mode, {@code jq}); writing them as
 * strings ({@code "NaN"}) silently turns a numeric column into a mixed one. {@code null} is valid
 * everywhere and reads as "no value" (pandas gives NaN), which is what a diverged loss is. The
 * price: NaN, +Infinity and -Infinity become indistinguishable on disk, and a value written as
 * NaN reads back as {@code null}.
 *
 * <p>Precision: Jackson writes a {@code double} with {@link Double#toString(double)}, the shortest
 * decimal that parses back to the same bits, and reads floating-point numbers back as {@code
 * Double}, so doubles round-trip exactly.
 */
public final class Json {
  private static final ObjectMapper MAPPER = build();
  private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

  private Json() {}

  /** The shared mapper; compact output (one value per line is what metrics.jsonl needs). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A writer with two-space indentation, one object field per line and {@code \n} line ends. */
  public static ObjectWriter pretty() {
    return PRETTY;
  }

  private static ObjectMapper build() {
    JsonFactory factory =
        JsonFactory.builder().addDecorator((f, generator) -> new FiniteOrNull(generator)).build();
    return JsonMapper.builder(factory)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return printer;
  }

  /**
   * Replaces NaN and infinities by null at the generator, so every path that writes a number
   * (boxed values in maps, record fields, {@code double[]}) is covered by one rule.
   */
  private static final class FiniteOrNull extends JsonGeneratorDelegate {
    FiniteOrNull(JsonGenerator delegate) {
      super(delegate, false);
    }

    @Override
    public void writeNumber(double v) throws IOException {
      if (Double.isFinite(v)) {
        super.writeNumber(v);
      } else {
        super.writeNull();
      }
    }

    @Override
    public void writeNumber(float v) throws IOException {
      if (Float.isFinite(v)) {
        super.writeNumber(v);
      } else {
        super.writeNull();
      }
    }

    @Override
    public void writeArray(double[] array, int offset, int length) throws IOException {
      writeStartArray(array, length);
      for (int i = offset; i < offset + length; i++) {
        writeNumber(array[i]);
      }
      writeEndArray();
    }
  }
}
