package dev.cadenza.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Derives the JSON Schema (draft 2020-12) of a contract from its records, so the schema that {@code
 * cadenza schema} prints can never drift from what the commands write. Boxed numbers are nullable
 * (undefined values are {@code null}); primitives are not. A field marked {@link WhenLeftOut} is
 * not required, and its description says what it becomes when left out.
 */
public final class JsonSchema {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonSchema() {}

  public static ObjectNode of(Contract contract) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "https://cadenza.dev/schema/" + contract.contractName() + "/1");
    schema.put("title", contract.tag());
    schema.setAll(describe(contract.type()));
    ((ObjectNode) schema.get("properties").get("schema")).put("const", contract.tag());
    return schema;
  }

  private static ObjectNode describe(Class<?> record) {
    ObjectNode node = NODES.objectNode();
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    boolean omitsNulls = omitsNulls(record);
    for (RecordComponent component : record.getRecordComponents()) {
      ObjectNode property = typeOf(component.getGenericType());
      WhenLeftOut leftOut = component.getAnnotation(WhenLeftOut.class);
      if (leftOut != null) {
        property.put("description", "optional: when left out, " + leftOut.value());
      }
      properties.set(component.getName(), property);
      boolean optional = leftOut != null || omitsNulls || omitsNulls(component);
      if (component.getType().isPrimitive() ? leftOut == null : !optional) {
        required.add(component.getName());
      }
    }
    node.set("required", required);
    return node;
  }

  private static boolean omitsNulls(RecordComponent component) {
    JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
    if (include == null) {
      include = component.getAnnotation(JsonInclude.class);
    }
    return include != null && include.value() == JsonInclude.Include.NON_NULL;
  }

  private static boolean omitsNulls(Class<?> record) {
    JsonInclude include = record.getAnnotation(JsonInclude.class);
    return include != null && include.value() == JsonInclude.Include.NON_NULL;
  }

  private static ObjectNode typeOf(Type type) {
    ObjectNode node = NODES.objectNode();
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      if (List.class.isAssignableFrom(raw)) {
        node.put("type", "array");
        node.set("items", typeOf(generic.getActualTypeArguments()[0]));
        return node;
      }
      if (Map.class.isAssignableFrom(raw)) {
        node.put("type", "object");
        node.set("additionalProperties", typeOf(generic.getActualTypeArguments()[1]));
        return node;
      }
      throw new IllegalArgumentException("no schema for " + type);
    }
    Class<?> cls = (Class<?>) type;
    if (cls == double.class || cls == float.class) {
      node.put("type", "number");
    } else if (cls == Double.class || cls == Float.class) {
      node.set("type", NODES.arrayNode().add("number").add("null"));
    } else if (cls == int.class || cls == long.class) {
      node.put("type", "integer");
    } else if (cls == Integer.class || cls == Long.class) {
      node.set("type", NODES.arrayNode().add("integer").add("null"));
    } else if (cls == boolean.class) {
      node.put("type", "boolean");
    } else if (cls == Boolean.class) {
      node.set("type", NODES.arrayNode().add("boolean").add("null"));
    } else if (cls == String.class) {
      node.set("type", NODES.arrayNode().add("string").add("null"));
    } else if (cls == Object.class) {
      node.set("type", NODES.arrayNode().add("number").add("string").add("boolean").add("null"));
    } else if (cls.isEnum()) {
      ArrayNode values = node.putArray("enum");
      for (Object constant : cls.getEnumConstants()) {
        values.add(Json.mapper().convertValue(constant, String.class));
      }
    } else if (cls.isRecord()) {
      node.setAll(describe(cls));
    } else {
      throw new IllegalArgumentException("no schema for " + cls);
    }
    return node;
  }
}
