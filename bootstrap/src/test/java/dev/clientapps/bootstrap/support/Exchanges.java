package dev.clientapps.bootstrap.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.Assertions;

/**
 * Sends generated requests one at a time and holds every answer to {@link WellBehaved}; a request
 * that was refused (4xx), and any GET, must leave every table exactly as it was. Counts what it
 * did, for the figures in docs/reliability.md.
 */
public final class Exchanges implements AutoCloseable {

    private final String name;
    private final DbChecksums checksums = new DbChecksums();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final long startedAt = System.nanoTime();
    private Map<String, String> baseline;
    private int requests;
    private int unchangedChecks;
    private int notUris;

    public Exchanges(String name) {
        this.name = name;
        this.baseline = checksums.all();
    }

    public RawHttp.Reply send(String method, String target, String token, String contentType, byte[] body) {
        return send(method, target, token, contentType, body, Map.of());
    }

    public RawHttp.Reply send(String method, String target, String token, String contentType, byte[] body,
                              Map<String, String> headers) {
        RawHttp.Reply reply = RawHttp.send(method, target, token, contentType, body, headers);
        requests++;
        statuses.merge(reply.status(), 1, Integer::sum);
        String what = method + " " + target + (headers.isEmpty() ? "" : " " + headers) + (body == null ? "" : " [" + contentType + "] "
                + new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8));
        WellBehaved.check(reply, what, target);
        if (!WellBehaved.isUri(target)) {
            notUris++;
        }
        Map<String, String> now = checksums.all();
        if (reply.status() >= 400 || method.equals("GET")) {
            Assertions.assertThat(now).as("tables after %s → %d", what, reply.status()).isEqualTo(baseline);
            unchangedChecks++;
        }
        baseline = now;
        return reply;
    }

    public int requests() {
        return requests;
    }

    public Map<Integer, Integer> statuses() {
        return statuses;
    }

    /** Prints the figures and appends them to target/reliability-figures.txt. */
    public void report(long inputsGenerated) {
        String line = String.format("%s: %d requests (%d with a target that is not a URI), %d generated inputs, "
                        + "%d unchanged-database checks, statuses %s, 5xx 0, %.1f s", name, requests, notUris,
                inputsGenerated, unchangedChecks, statuses, (System.nanoTime() - startedAt) / 1e9);
        Figures.record(line);
    }

    @Override
    public void close() throws Exception {
        checksums.close();
    }

    /** The figures of this run, one line per generated test. */
    public static final class Figures {

        private Figures() {
        }

        public static synchronized void record(String line) {
            System.out.println("[reliability] " + line);
            try {
                Files.writeString(Path.of("target", "reliability-figures.txt"), line + System.lineSeparator(),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
