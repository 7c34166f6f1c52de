package dev.cadenza;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The process exit codes of every cadenza command, as documented in docs/design.md and in {@code
 * cadenza --help}. Codes 65, 66, 70 and 74 follow BSD sysexits.h so that shell scripts can tell bad
 * data from a missing file from a bug.
 */
public final class ExitCodes {
  public static final int OK = 0;

  /** Bad option or argument (picocli's convention). */
  public static final int USAGE = 2;

  /** QA checks failed. */
  public static final int QA_FAILED = 3;

  /** Malformed or unsupported input data (EX_DATAERR). */
  public static final int BAD_INPUT = 65;

  /** Input file missing or unreadable (EX_NOINPUT). */
  public static final int NO_INPUT = 66;

  /** Internal error: a bug (EX_SOFTWARE). */
  public static final int INTERNAL = 70;

  /** Output could not be written (EX_IOERR). */
  public static final int IO_ERROR = 74;

  private ExitCodes() {}

  /** Every code and what it tells a user, in order: the list {@code cadenza --help} prints. */
  public static Map<Integer, String> meanings() {
    Map<Integer, String> m = new LinkedHashMap<>();
    m.put(OK, "success");
    m.put(USAGE, "usage error (bad option or argument)");
    m.put(QA_FAILED, "QA checks failed");
    m.put(BAD_INPUT, "bad input data (malformed WAV or JSON, unsupported format)");
    m.put(NO_INPUT, "input file missing or unreadable");
    m.put(INTERNAL, "internal error (a bug; rerun with --debug)");
    m.put(IO_ERROR, "output could not be written");
    return m;
  }
}
