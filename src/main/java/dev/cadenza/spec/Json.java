package dev.cadenza.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.cadenza.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The one JSON configuration of every cadenza document: record components in declaration order,
 * undefined numbers (NaN, infinities) written as {@code null} so no reader ever sees a sentinel.
 */
public final class Json {

  /**
   * The largest document read: a manifest of a 60-minute track is about 1 MB; a 200 MB "spec" is
   * refused before it is held in memory (2.8 GB as a tree).
   */
  public static final int MAX_DOCUMENT_BYTES = 16 << 20;

  /** The streaming layer every reader and writer of cadenza JSON shares, the mapper included. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxDocumentLength(MAX_DOCUMENT_BYTES).build())
          // A key given twice is a mistake in the document, not a choice of the last value.
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private Json() {}

  /**
   * The data-binding mapper, built on first use: building it and its serialisers is most of the
   * JSON cost of a short run, and {@code cadenza parse} never needs it (see {@link RecordJson}).
   */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = build();
  }

  private static ObjectMapper build() {
    SimpleModule finiteOnly = new SimpleModule("finite-numbers");
    finiteOnly.addSerializer(Double.class, new FiniteDoubleSerializer(Double.class));
    finiteOnly.addSerializer(Double.TYPE, new FiniteDoubleSerializer(Double.TYPE));
    return JsonMapper.builder(FACTORY)
        .addModule(finiteOnly)
        // Data after the document means it is not the document the user thinks it is.
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();
  }

  public static ObjectMapper mapper() {
    return Mapper.INSTANCE;
  }

  /**
   * The JSON tree of a resource or file with the streaming parser alone (no mapper): how the
   * knowledge tables are read, since a parse run needs nothing more.
   */
  public static JsonNode readTree(InputStream in) throws IOException {
    return JsonTree.read(FACTORY, in);
  }

  /** Writes a document followed by a newline, compact (one line) or indented for people. */
  public static void write(Object document, OutputStream out, boolean pretty) throws IOException {
    byte[] bytes = toBytes(document, pretty);
    out.write(bytes);
    out.write('\n');
    out.flush();
  }

  /**
   * Gets the writing of a track spec ready (its records' annotations read), for a thread that runs
   * ahead of {@code cadenza parse}'s own; see {@link RecordJson#prepare}.
   */
  public static void prepareSpecWriting() {
    RecordJson.prepare(TrackSpec.class);
  }

  public static byte[] toBytes(Object document, boolean pretty) throws JsonProcessingException {
    if (document instanceof TrackSpec spec) {
      // What parse writes on every call, without building the mapper (SpecJsonBytesTest: the
      // same bytes as the mapper's for every prompt of the tables).
      return RecordJson.toBytes(FACTORY, spec, pretty);
    }
    return pretty
        ? mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document)
        : mapper().writeValueAsBytes(document);
  }

  /**
   * Reads a document of the given contract: the {@code schema} tag may be absent (the current
   * version is meant) but must not name another contract or an unknown major version.
   */
  public static <T> T read(InputStream in, String file, Contract contract, Class<T> type)
      throws IOException {
    return convert(readTree(in, file, contract), file, contract, type, mapper().reader());
  }

  /**
   * A document that may leave fields out, and the names of the fields it gives (present and not
   * null). Primitive fields left out read as 0 or false: a reader fills them in before use.
   */
  public record Partial<T>(T document, Set<String> given) {}

  /**
   * Reads a document whose fields may be left out; a field given with the wrong type is refused.
   */
  public static <T> Partial<T> readPartial(
      InputStream in, String file, Contract contract, Class<T> type) throws IOException {
    return partial(readTree(in, file, contract), file, contract, type);
  }

  /**
   * A document already read as a tree (one field of a larger document) whose fields may be left
   * out, as {@link #readPartial} reads one from a stream.
   */
  public static <T> Partial<T> partial(
      ObjectNode tree, String file, Contract contract, Class<T> type) throws IOException {
    JsonNode tag = tree.get("schema");
    if (tag != null && !tag.isNull()) {
      contract.checkTag(file, tag.asText());
    }
    Set<String> given = new LinkedHashSet<>();
    tree.properties()
        .forEach(
            e -> {
              if (!e.getValue().isNull()) {
                given.add(e.getKey());
              }
            });
    ObjectReader lenient =
        mapper().reader().without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    return new Partial<>(convert(tree, file, contract, type, lenient), Set.copyOf(given));
  }

  /**
   * Reads one JSON object of the given contract as a tree, the schema tag checked, for a reader
   * that takes some fields apart before converting it ({@link #fromTree}).
   */
  public static ObjectNode readObject(InputStream in, String file, Contract contract)
      throws IOException {
    return readTree(in, file, contract);
  }

  /** Converts a tree read by {@link #readObject} to its record, every given field checked. */
  public static <T> T fromTree(ObjectNode tree, String file, Contract contract, Class<T> type)
      throws IOException {
    return convert(tree, file, contract, type, mapper().reader());
  }

  private static ObjectNode readTree(InputStream in, String file, Contract contract)
      throws IOException {
    JsonNode tree;
    try {
      tree = mapper().readTree(in);
    } catch (StreamConstraintsException e) {
      throw new BadInputException(
          file,
          "larger than " + (MAX_DOCUMENT_BYTES >> 20) + " MB, the most a cadenza document may be",
          null);
    } catch (JsonProcessingException e) {
      throw new BadInputException(file, "not valid JSON: " + plain(e), lineOf(e));
    }
    if (tree == null || !tree.isObject()) {
      throw new BadInputException(file, "expected a JSON object", contract.tag() + " document");
    }
    JsonNode tag = tree.get("schema");
    if (tag != null && !tag.isNull()) {
      contract.checkTag(file, tag.asText());
    }
    return (ObjectNode) tree;
  }

  private static <T> T convert(
      JsonNode tree, String file, Contract contract, Class<T> type, ObjectReader reader)
      throws IOException {
    try {
      return reader.treeToValue(tree, type);
    } catch (MismatchedInputException e) {
      String field = fieldPath(e);
      boolean missing = e.getOriginalMessage().contains("`null`");
      throw new BadInputException(
          file,
          "invalid "
              + contract.tag()
              + " document: field '"
              + field
              + "' "
              + (missing ? "is missing or null" : "has the wrong type"),
          "see: cadenza schema " + contract.contractName());
    } catch (JsonProcessingException e) {
      throw new BadInputException(
          file, "invalid " + contract.tag() + " document: " + e.getOriginalMessage(), null);
    }
  }

  /** The path of the offending field, as a.b[2].c. */
  private static String fieldPath(MismatchedInputException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "?" : path.toString();
  }

  /** Where the parser stopped, as a hint, or null when it does not know. */
  private static String lineOf(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1
        ? null
        : "line " + e.getLocation().getLineNr();
  }

  /**
   * The parser's complaint in a user's words: the JSON problem itself, without the parser's
   * configuration names and class names ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`").
   */
  static String plain(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Trailing token")) {
      return "data after the end of the document";
    }
    if (message.startsWith("Non-standard token")) {
      return message.replaceFirst(":.*", "") + " is not a JSON number (write null, or a number)";
    }
    String plain = message.split("\n", 2)[0];
    // Cut at the first mention of the parser's own names or its source description.
    for (String marker : new String[] {": enable `", " (for ", " (start marker", " (bound as `"}) {
      int at = plain.indexOf(marker);
      if (at > 0) {
        plain = plain.substring(0, at);
      }
    }
    return plain;
  }

  private static final class FiniteDoubleSerializer extends StdSerializer<Double> {
    FiniteDoubleSerializer(Class<Double> type) {
      super(type);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value == null || !Double.isFinite(value)) {
        gen.writeNull();
      } else {
        gen.writeNumber(value);
      }
    }
  }
}
