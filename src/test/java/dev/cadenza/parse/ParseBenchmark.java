package dev.cadenza.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prompts parsed per second on one thread, in-process: the prompt table and the captions, after a
 * warm-up. Run with {@code bench/parse-bench.sh}. Arguments: seconds to measure (default 5).
 */
public final class ParseBenchmark {

  private ParseBenchmark() {}

  public static void main(String[] args) throws IOException {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    PromptParser parser = PromptParser.standard();
    List<String> prompts = new ArrayList<>();
    PromptTable.load().forEach(c -> prompts.add(c.prompt()));
    List<String> captions = new ArrayList<>();
    CaptionRobustnessTest.load().forEach(c -> captions.add(c.text()));
    run("prompt table (" + prompts.size() + " prompts)", parser, prompts, seconds);
    run("captions (" + captions.size() + " captions)", parser, captions, seconds);
    PromptParser uncached = new PromptParser(Lexicon.standard(), 0);
    run("prompt table, no typo cache", uncached, prompts, seconds);
    run("captions, no typo cache", uncached, captions, seconds);
    String adversarial = "in the style of ".repeat(6400);
    long t0 = System.nanoTime();
    parser.parse(adversarial);
    System.out.printf(
        "adversarial %d kB prompt: %.1f ms%n",
        adversarial.length() / 1000, (System.nanoTime() - t0) / 1e6);
  }

  /** Warm-up of 3 s, then five rounds; prints the median and the slowest round. */
  private static void run(String label, PromptParser parser, List<String> inputs, double seconds) {
    long sink = 0;
    long warmEnd = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      for (String p : inputs) {
        sink += parser.parse(p).seed();
      }
    }
    double[] rates = new double[5];
    for (int round = 0; round < rates.length; round++) {
      long count = 0;
      long start = System.nanoTime();
      long end = start + (long) (seconds / rates.length * 1e9);
      while (System.nanoTime() < end) {
        for (String p : inputs) {
          sink += parser.parse(p).seed();
          count++;
        }
      }
      rates[round] = count / ((System.nanoTime() - start) / 1e9);
    }
    java.util.Arrays.sort(rates);
    System.out.printf(
        "%-32s median %9.0f prompts/s, slowest round %9.0f  (checksum %d)%n",
        label, rates[2], rates[0], sink & 0xff);
  }
}
