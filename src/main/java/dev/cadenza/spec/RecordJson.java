package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a document made of records, lists, maps, strings, numbers and booleans with the streaming
 * generator, as the mapper writes it: components in declaration order, {@code @JsonInclude} on a
 * record or a component honoured, undefined numbers as null, the mapper's pretty printer. The
 * mapper's serialisers are built by introspecting every record the first time, the largest part of
 * a short {@code cadenza parse} run; this walk needs none of it.
 */
final class RecordJson {

  private RecordJson() {}

  static byte[] toBytes(JsonFactory factory, Record document, boolean pretty)
      throws JsonProcessingException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (JsonGenerator gen = factory.createGenerator(bytes)) {
      if (pretty) {
        gen.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      value(gen, document);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array failed to grow", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads, ahead of the first write, the inclusion annotations of {@code type} and of every record
   * it holds (in components, lists and maps): the first reading of an annotation parses the class's
   * annotations and generates a proxy class, start-up work that can run on another thread while the
   * prompt is read. Writes nothing and changes nothing a later write sees.
   */
  static void prepare(Class<?> type) {
    prepare(type, new HashSet<>());
  }

  private static void prepare(Type type, Set<Type> seen) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        prepare(argument, seen);
      }
    } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c)) {
      c.getAnnotation(JsonInclude.class);
      for (RecordComponent component : c.getRecordComponents()) {
        component.getAccessor().getAnnotation(JsonInclude.class);
        prepare(component.getGenericType(), seen);
      }
    }
  }

  private static void value(JsonGenerator gen, Object v) throws IOException {
    if (v == null) {
      gen.writeNull();
    } else if (v instanceof String s) {
      gen.writeString(s);
    } else if (v instanceof Double d) {
      number(gen, d);
    } else if (v instanceof Integer i) {
      gen.writeNumber(i);
    } else if (v instanceof Long l) {
      gen.writeNumber(l);
    } else if (v instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (v instanceof Record r) {
      record(gen, r);
    } else if (v instanceof Collection<?> list) {
      gen.writeStartArray();
      for (Object item : list) {
        value(gen, item);
      }
      gen.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      gen.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        gen.writeFieldName(String.valueOf(e.getKey()));
        value(gen, e.getValue());
      }
      gen.writeEndObject();
    } else {
      throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as JSON");
    }
  }

  private static void number(JsonGenerator gen, double d) throws IOException {
    if (Double.isFinite(d)) {
      gen.writeNumber(d);
    } else {
      gen.writeNull();
    }
  }

  private static void record(JsonGenerator gen, Record r) throws IOException {
    JsonInclude.Include classRule = rule(r.getClass().getAnnotation(JsonInclude.class));
    gen.writeStartObject();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v = component(r, c);
      JsonInclude.Include own = rule(c.getAccessor().getAnnotation(JsonInclude.class));
      JsonInclude.Include rule = own != null ? own : classRule;
      if (!left(v, rule)) {
        gen.writeFieldName(c.getName());
        value(gen, v);
      }
    }
    gen.writeEndObject();
  }

  private static JsonInclude.Include rule(JsonInclude annotation) {
    return annotation == null ? null : annotation.value();
  }

  /** Whether an inclusion rule leaves this value out. */
  private static boolean left(Object v, JsonInclude.Include rule) {
    if (rule == JsonInclude.Include.NON_NULL) {
      return v == null;
    }
    if (rule == JsonInclude.Include.NON_EMPTY) {
      return v == null
          || (v instanceof Collection<?> c && c.isEmpty())
          || (v instanceof Map<?, ?> m && m.isEmpty())
          || (v instanceof String s && s.isEmpty());
    }
    if (rule != null
        && rule != JsonInclude.Include.ALWAYS
        && rule != JsonInclude.Include.USE_DEFAULTS) {
      throw new IllegalArgumentException("inclusion rule " + rule + " is not written here");
    }
    return false;
  }

  private static Object component(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of a document", e);
    }
  }
}
