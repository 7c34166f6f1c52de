package dev.cadenza.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cadenza.CadenzaException;
import dev.cadenza.mix.MasteringRequest;
import dev.cadenza.qa.Tolerances;
import dev.cadenza.spec.BatchJob;
import dev.cadenza.spec.ChainSpec;
import dev.cadenza.spec.Contract;
import dev.cadenza.spec.Json;
import dev.cadenza.spec.TrackSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one line of a jobs file into a {@link Job}, or says why it is not one. Everything that can
 * be checked without running the job is checked here, so a typo fails its line at once and not
 * after the jobs before it have rendered.
 */
final class JobParser {

  /**
   * An id is a folder name on every filesystem a cluster shares: no separators, no leading dot
   * (cadenza's own files in OUTDIR start with one), no spaces.
   */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** A master's name: a plain WAV file name in the job's folder. */
  private static final Pattern OUTPUT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}\\.wav");

  private static final List<String> BITS = List.of("16", "24", "32", "32f");
  private static final List<Integer> SAMPLE_RATES = List.of(44100, 48000, 96000);
  private static final int MAX_RETRIES = 20;

  private JobParser() {}

  /** The line's job, or a bad line naming its problem. */
  static JobLine parse(String text, int line) {
    ObjectNode tree;
    try {
      tree =
          Json.readObject(
              new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "", Contract.JOB);
    } catch (CadenzaException e) {
      // Its hint is the line within the document: always 1 here.
      return JobLine.bad(line, null, e.problem());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode idNode = tree.get("id");
    if (idNode == null || !idNode.isTextual()) {
      return JobLine.bad(line, null, "no \"id\" (a string naming the job's folder)");
    }
    String id = idNode.asText();
    if (!ID.matcher(id).matches() || id.endsWith(".jsonl")) {
      return JobLine.bad(
          line,
          null,
          "id \""
              + id
              + "\" is not a folder name (letters, digits, '.', '_', '-'; not ending in .jsonl)");
    }
    try {
      return JobLine.of(job(tree, line));
    } catch (CadenzaException e) {
      return JobLine.bad(line, id, problem(e));
    } catch (IllegalArgumentException e) {
      return JobLine.bad(line, id, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String problem(CadenzaException e) {
    return e.hint() == null ? e.problem() : e.problem() + " (" + e.hint() + ")";
  }

  private static Job job(ObjectNode tree, int line) throws IOException {
    String canonical = Canonical.of(tree);
    ObjectNode rest = tree.deepCopy();
    JsonNode specNode = rest.remove("spec");
    Json.Partial<TrackSpec> spec = null;
    if (specNode != null && !specNode.isNull()) {
      if (!specNode.isObject()) {
        throw new IllegalArgumentException("\"spec\" must be a trackspec object");
      }
      spec = Json.partial((ObjectNode) specNode, "spec", Contract.TRACKSPEC, TrackSpec.class);
    }
    BatchJob document = Json.fromTree(rest, "", Contract.JOB, BatchJob.class);
    check(document, spec != null);
    BatchJob whole =
        new BatchJob(
            document.schema(),
            document.id(),
            document.prompt(),
            spec == null ? null : spec.document(),
            document.seed(),
            document.set(),
            document.tolerance(),
            document.retries(),
            document.keepFailed(),
            document.reference(),
            document.chain(),
            document.soundfont(),
            document.preset(),
            document.targetLufs(),
            document.truePeak(),
            document.maxLimiting(),
            document.bits(),
            document.sampleRate(),
            document.output());
    return new Job(whole, spec, canonical, line);
  }

  /** What can be wrong in a job's fields, each as produce's options would refuse it. */
  private static void check(BatchJob job, boolean hasSpec) {
    boolean hasPrompt = job.prompt() != null && !job.prompt().isBlank();
    if (hasPrompt == hasSpec) {
      throw new IllegalArgumentException(
          "give either \"prompt\" or \"spec\" (not both, not neither)");
    }
    if (hasSpec && job.set() != null && !job.set().isEmpty()) {
      throw new IllegalArgumentException(
          "\"set\" goes with a prompt; write the fields into \"spec\"");
    }
    if (job.retries() != null && (job.retries() < 0 || job.retries() > MAX_RETRIES)) {
      throw new IllegalArgumentException("\"retries\" must be in 0.." + MAX_RETRIES);
    }
    if (job.bits() != null && !BITS.contains(job.bits())) {
      throw new IllegalArgumentException("\"bits\" must be \"16\", \"24\" or \"32f\"");
    }
    if (job.sampleRate() != null && !SAMPLE_RATES.contains(job.sampleRate())) {
      throw new IllegalArgumentException("\"sampleRate\" must be 44100, 48000 or 96000");
    }
    if (job.output() != null && !OUTPUT.matcher(job.output()).matches()) {
      throw new IllegalArgumentException(
          "\"output\" must be a plain file name ending in .wav: " + job.output());
    }
    tolerances(job);
    mastering(job, null);
  }

  /** The job's QA tolerances; an unknown name or bad value is refused as qa refuses it. */
  static Tolerances tolerances(BatchJob job) {
    Tolerances tolerances = Tolerances.defaults();
    for (String assignment : job.tolerance() == null ? List.<String>of() : job.tolerance()) {
      tolerances = tolerances.with(assignment);
    }
    return tolerances;
  }

  /**
   * The job's mastering request with its chain (null when it names none, or before the chain is
   * read); an unknown preset or a target out of range is refused.
   */
  static MasteringRequest mastering(BatchJob job, ChainSpec chain) {
    return new MasteringRequest(
        job.preset(),
        chain,
        chain == null ? null : job.chain(),
        job.targetLufs(),
        job.truePeak(),
        job.maxLimiting() != null
            ? job.maxLimiting()
            : MasteringRequest.defaults().maxLimitingLu());
  }
}
