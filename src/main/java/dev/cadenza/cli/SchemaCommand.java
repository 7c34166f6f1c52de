package dev.cadenza.cli;

import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.JsonSchema;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema of a document cadenza reads or writes. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the JSON Schema of a cadenza document, for validators and editors.",
      "Without NAME, list the documents."
    },
    footer = {"%nExamples:", "  cadenza schema analysis > analysis.schema.json"})
final class SchemaCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "NAME",
      completionCandidates = ContractNames.class,
      description = "Document name: ${COMPLETION-CANDIDATES}.")
  String name;

  SchemaCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    if (name == null) {
      for (Contract contract : Contract.values()) {
        streams.out().write((contract.contractName() + "\n").getBytes());
      }
      return 0;
    }
    Contract contract =
        Contract.byName(name)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown document '" + name + "', expected one of: " + names()));
    Json.write(JsonSchema.of(contract), streams.out(), true);
    return 0;
  }

  private static String names() {
    return Arrays.stream(Contract.values())
        .map(Contract::contractName)
        .collect(Collectors.joining(", "));
  }

  static final class ContractNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Arrays.stream(Contract.values()).map(Contract::contractName).iterator();
    }
  }
}
