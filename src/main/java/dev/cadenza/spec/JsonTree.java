package dev.cadenza.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Builds a JSON tree from the streaming parser's tokens, the nodes the mapper's {@code readTree}
 * makes (integers as int or long nodes, other numbers as doubles), without the mapper: the data
 * binding's set-up is most of what reading the knowledge tables would otherwise cost a short run.
 */
final class JsonTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  static JsonNode read(JsonFactory factory, InputStream in) throws IOException {
    try (JsonParser parser = factory.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonParseException(parser, "no JSON document");
      }
      JsonNode tree = value(parser, first);
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "data after the end of the document");
      }
      return tree;
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integer(parser);
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new JsonParseException(parser, "unexpected " + token);
    };
  }

  private static JsonNode integer(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }

  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode node = NODES.objectNode();
    String name;
    while ((name = parser.nextFieldName()) != null) {
      node.set(name, value(parser, parser.nextToken()));
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw new JsonParseException(parser, "unexpected end of the document");
    }
    return node;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode node = NODES.arrayNode();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new JsonParseException(parser, "unexpected end of the document");
      }
      node.add(value(parser, token));
    }
    return node;
  }
}
