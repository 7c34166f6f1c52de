package dev.cadenza.cli;

/** The {@code cadenza} executable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cadenza.run(Streams.system(), args));
  }
}
