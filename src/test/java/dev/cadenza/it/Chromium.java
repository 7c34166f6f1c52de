package dev.cadenza.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, with the JDK's own HTTP client and
 * WebSocket: open a page, run script in it, read the answer, take a screenshot. Enough to test a
 * static page the way a person uses it (click, type, look) without a browser-automation library.
 *
 * <p>{@link #main} opens a page a number of times and prints how long its load took, for
 * bench/report.sh.
 */
final class Chromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();

  private Chromium(Process process, Path profile) {
    this.process = process;
    this.profile = profile;
  }

  /** Starts a headless Chromium with a fresh profile and connects to its first page. */
  static Chromium start() throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("cadenza-chromium");
    Process process =
        new ProcessBuilder(
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--mute-audio",
                "--autoplay-policy=no-user-gesture-required",
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
                "--user-data-dir=" + profile,
                "about:blank")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      Chromium chromium = new Chromium(process, profile);
      chromium.socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .connectTimeout(TIMEOUT)
              .buildAsync(page(port(profile, process)), chromium.new Listener())
              .join();
      return chromium;
    } catch (IOException | InterruptedException | RuntimeException e) {
      process.destroyForcibly();
      deleteTree(profile);
      throw e;
    }
  }

  /** The port Chromium chose, from the file it writes into its profile once it listens. */
  private static int port(Path profile, Process process) throws IOException, InterruptedException {
    Path file = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.isRegularFile(file)) {
        List<String> lines = Files.readAllLines(file);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).trim());
        }
      }
      if (!process.isAlive()) {
        throw new IOException("chromium exited with " + process.exitValue());
      }
      Thread.sleep(50);
    }
    throw new IOException("chromium did not open its debugging port");
  }

  /** The WebSocket address of the browser's page. */
  private static URI page(int port) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build();
    JsonNode targets =
        JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    for (JsonNode target : targets) {
      if ("page".equals(target.path("type").asText())) {
        return URI.create(target.path("webSocketDebuggerUrl").asText());
      }
    }
    throw new IOException("chromium has no page to drive");
  }

  /** Collects a message's fragments, then hands the whole message to its owner. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        received(message);
      }
      ws.request(1);
      return null;
    }
  }

  private void received(String message) {
    try {
      JsonNode node = JSON.readTree(message);
      if (node.has("id")) {
        CompletableFuture<JsonNode> reply = replies.remove(node.get("id").asInt());
        if (reply != null) {
          reply.complete(node);
        }
      } else if (node.has("method")) {
        CompletableFuture<JsonNode> waiting = awaited.remove(node.get("method").asText());
        if (waiting != null) {
          waiting.complete(node.path("params"));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("not a DevTools message: " + message, e);
    }
  }

  /** Sends a DevTools command and waits for its result; an error reply throws. */
  JsonNode send(String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(message.toString(), true).join();
    JsonNode answer = reply.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.get("error"));
    }
    return answer.path("result");
  }

  /** Sets the window's size, as a phone ({@code mobile}) or a desktop browser. */
  void viewport(int width, int height, boolean mobile) {
    send(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  /** Opens {@code file} and waits for its load event. */
  void open(Path file) {
    send("Page.enable", Map.of());
    CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
    awaited.put("Page.loadEventFired", loaded);
    send("Page.navigate", Map.of("url", file.toUri().toString()));
    loaded.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Runs {@code script} in the page and returns its value (awaiting a promise). */
  JsonNode evaluate(String script) {
    JsonNode result =
        send(
            "Runtime.evaluate",
            Map.of("expression", script, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /**
   * A cumulative metric of the renderer (Performance.getMetrics; seconds for durations): {@code
   * TaskDuration} is the time its main thread was busy, which a loaded machine inflates less than
   * the wall-clock time of a load.
   */
  double metric(String name) {
    for (JsonNode m : send("Performance.getMetrics", Map.of()).path("metrics")) {
      if (name.equals(m.path("name").asText())) {
        return m.path("value").asDouble();
      }
    }
    throw new IllegalStateException("no metric " + name);
  }

  /** A PNG of the whole page, beyond the window, written to {@code file}. */
  void screenshot(Path file) throws IOException {
    JsonNode shot =
        send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // The browser goes anyway.
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    deleteTree(profile);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temporary profile left behind is harmless.
    }
  }

  /**
   * Opens a page {@code runs} times (default 5) in one browser and prints each load's time from the
   * navigation's start to the end of its load event, as the page's own Navigation Timing measures
   * it: {@code java -cp target/test-classes:... dev.cadenza.it.Chromium PAGE [RUNS]}.
   */
  public static void main(String[] args) throws Exception {
    Path page = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    try (Chromium chromium = start()) {
      chromium.viewport(1280, 900, false);
      chromium.send("Performance.enable", Map.of());
      for (int i = 0; i < runs; i++) {
        chromium.open(page);
        // Each page's renderer counts from its own navigation.
        double total = chromium.metric("TaskDuration");
        JsonNode timing =
            chromium.evaluate(
                "(() => { const n = performance.getEntriesByType('navigation')[0];"
                    + " return {load: n.loadEventEnd, dom: n.domContentLoadedEventEnd,"
                    + " nodes: document.getElementsByTagName('*').length}; })()");
        System.out.printf(
            java.util.Locale.ROOT,
            "load %.0f ms  DOMContentLoaded %.0f ms  main thread busy %.0f ms  elements %d%n",
            timing.path("load").asDouble(),
            timing.path("dom").asDouble(),
            total * 1000,
            timing.path("nodes").asInt());
      }
    }
  }
}
