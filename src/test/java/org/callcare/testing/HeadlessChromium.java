package org.callcare.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs) driven over the DevTools protocol
 * with the JDK's own WebSocket client: open a page with the network blocked, read the console errors, page
 * exceptions and requests it made, evaluate script in it and take screenshots. {@link #find()} is empty when no
 * browser is installed; tests then skip, except under CI, where they fail.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = Collections.synchronizedList(new ArrayList<>());

  /** The browser binary: {@code $CHROMIUM}, or chromium / chromium-browser / google-chrome on the PATH. */
  public static java.util.Optional<Path> find() {
    List<String> names = new ArrayList<>();
    if (System.getenv("CHROMIUM") != null) {
      names.add(System.getenv("CHROMIUM"));
    }
    names.addAll(List.of("chromium", "chromium-browser", "google-chrome"));
    for (String name : names) {
      Path direct = Path.of(name);
      if (direct.isAbsolute() && Files.isExecutable(direct)) {
        return java.util.Optional.of(direct);
      }
      for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return java.util.Optional.of(p);
        }
      }
    }
    return java.util.Optional.empty();
  }

  public static HeadlessChromium start(Path binary) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("callcare-chromium");
    Process p = new ProcessBuilder(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
        "--remote-debugging-port=0", "--user-data-dir=" + profile,
        // no network: names do not resolve and any proxied request goes nowhere
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
        "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    // read the browser's stderr on a thread of its own: the DevTools address, then drain it (a browser that
    // prints nothing must not hang the test)
    CompletableFuture<String> devtools = new CompletableFuture<>();
    BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    Thread reader = new Thread(() -> {
      try {
        for (String line; (line = err.readLine()) != null; ) {
          int at = line.indexOf("ws://");
          if (!devtools.isDone() && line.contains("DevTools listening on") && at >= 0) {
            devtools.complete(line.substring(at).trim());
          }
        }
      } catch (IOException ignored) {
        // the browser closed
      }
      devtools.completeExceptionally(new IOException("Chromium exited before its DevTools endpoint: " + binary));
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String url;
    try {
      url = devtools.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      p.destroyForcibly();
      throw new IOException("Chromium did not start its DevTools endpoint: " + binary, e);
    }
    return new HeadlessChromium(p, profile, url);
  }

  private HeadlessChromium(Process process, Path profile, String url) throws InterruptedException {
    this.process = process;
    this.profile = profile;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener())
        .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        try {
          JsonNode node = JSON.readTree(message);
          if (node.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
            if (f != null) {
              f.complete(node);
            }
          } else {
            synchronized (listeners) {
              listeners.forEach(l -> l.accept(node));
            }
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      ws.request(1);
      return null;
    }
  }

  /** Sends a command (to a page's session when {@code session} is not null) and waits for its result. */
  JsonNode send(String session, String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", JSON.valueToTree(params));
    if (session != null) {
      msg.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(msg.toString(), true).join();
    JsonNode node = reply.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    if (node.has("error")) {
      throw new IllegalStateException(method + ": " + node.get("error"));
    }
    return node.get("result");
  }

  /** A new page of the given viewport, the network off, recording errors and requests. */
  public Page open(int width, int height) {
    String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .get("sessionId").asText();
    Page page = new Page(session);
    listeners.add(page::onEvent);
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      send(session, domain + ".enable", Map.of());
    }
    send(session, "Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
        "downloadThroughput", -1, "uploadThroughput", -1));
    page.resize(width, height);
    return page;
  }

  /** One page (a DevTools session). */
  public final class Page {
    private final String session;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Page(String session) {
      this.session = session;
    }

    private void onEvent(JsonNode e) {
      if (!session.equals(e.path("sessionId").asText())) {
        return;
      }
      JsonNode p = e.path("params");
      switch (e.path("method").asText()) {
        case "Page.loadEventFired" -> loaded.complete(null);
        case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
        case "Runtime.consoleAPICalled" -> {
          if (p.path("type").asText().equals("error") || p.path("type").asText().equals("assert")) {
            errors.add("console." + p.path("type").asText() + ": " + p.path("args"));
          }
        }
        case "Log.entryAdded" -> {
          if (p.path("entry").path("level").asText().equals("error")) {
            errors.add("log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
          }
        }
        case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
        default -> { }
      }
    }

    public void resize(int width, int height) {
      send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
          "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Opens a URL and waits for its load event. */
    public void navigate(String url) {
      loaded = new CompletableFuture<>();
      send(session, "Page.navigate", Map.of("url", url));
      loaded.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** The value of a script expression (JSON-serialisable), after awaiting it when it is a promise. */
    public JsonNode evaluate(String expression) {
      JsonNode r = send(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
          "awaitPromise", true));
      if (r.has("exceptionDetails")) {
        throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
      }
      return r.path("result").path("value");
    }

    /** A PNG of the whole page at the current width. */
    public byte[] screenshot() {
      JsonNode size = evaluate("({w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight})");
      JsonNode r = send(session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", size.get("w").asInt(), "height", size.get("h").asInt(),
              "scale", 1)));
      return Base64.getDecoder().decode(r.get("data").asText());
    }

    /** The page printed to PDF (as the browser's "Save as PDF" does, A4, backgrounds on). */
    public byte[] pdf() {
      JsonNode r = send(session, "Page.printToPDF", Map.of("printBackground", true, "paperWidth", 8.27,
          "paperHeight", 11.69));
      return Base64.getDecoder().decode(r.get("data").asText());
    }

    /** Emulates a CSS media type ("print", "screen"). */
    public void media(String type) {
      send(session, "Emulation.setEmulatedMedia", Map.of("media", type));
    }

    /** Console errors, uncaught exceptions and error log entries so far. */
    public List<String> errors() {
      synchronized (errors) {
        return List.copyOf(errors);
      }
    }

    /** Every URL the page requested so far. */
    public List<String> requests() {
      synchronized (requests) {
        return List.copyOf(requests);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      send(null, "Browser.close", Map.of());
    } catch (RuntimeException ignored) {
      // already gone
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
