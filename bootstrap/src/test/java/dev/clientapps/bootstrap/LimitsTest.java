package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientapps.bootstrap.support.Api;
import dev.clientapps.bootstrap.support.DbChecksums;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.RawHttp;
import dev.clientapps.bootstrap.support.TestTokens;
import dev.clientapps.bootstrap.support.WellBehaved;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every size the service accepts is bounded, and going past a bound is a 4xx in the envelope:
 * page sizes, bulk sizes, bodies (declared or streamed), the request line, headers. A client that
 * stops half-way through a request is disconnected after the idle timeout.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class LimitsTest {

    /** quarkus.http.idle-timeout in the test profile, plus scheduling slack on a busy machine. */
    private static final long IDLE_TIMEOUT_MILLIS = 6_000;
    private static final long SLACK_MILLIS = 5_000;

    private static RawHttp.Reply refused(RawHttp.Reply reply, int status, String code, String what) {
        WellBehaved.check(reply, what);
        assertThat(reply.status()).as("status of %s", what).isEqualTo(status);
        assertThat(reply.body()).as("body of %s", what).contains("\"code\":\"" + code + "\"");
        return reply;
    }

    @Test
    void pageSizesOutsideOneToFiveHundredAre400OnBothLists() {
        String client = Api.createClient(Api.unique("Limits"));
        for (String list : List.of("/v2/clients/" + client + "/apps", "/v2/catalog/apps")) {
            assertThat(RawHttp.get(list + "?page_size=500", TestTokens.operator()).status()).isEqualTo(200);
            for (String size : List.of("0", "501", "-1", "2147483648", "99999999999999999999", "1e2", "")) {
                refused(RawHttp.get(list + "?page_size=" + size, TestTokens.operator()), 400, "invalid_request",
                        list + " page_size=" + size);
            }
        }
    }

    @Test
    void bulkRequestsOverOneThousandIdsAre400AndChangeNothing() throws Exception {
        String client = Api.createClient(Api.unique("Limits"));
        String app = Api.addApp(client, Api.createCatalogApp(Api.unique("App")));
        List<String> ids = new ArrayList<>(List.of(app));
        while (ids.size() < 1001) {
            ids.add(UUID.randomUUID().toString());
        }
        byte[] body = ("{\"app_ids\":[\"" + String.join("\",\"", ids) + "\"]}").getBytes(StandardCharsets.UTF_8);
        try (DbChecksums db = new DbChecksums()) {
            Map<String, String> before = db.all();
            refused(RawHttp.send("POST", "/v2/clients/" + client + "/apps/favorites", TestTokens.operator(),
                    "application/json", body), 400, "invalid_request", "1001 ids");
            assertThat(db.all()).isEqualTo(before);
        }
    }

    @Test
    void aStreamedBodyOverOneMebibyteWithoutContentLengthIs413InTheEnvelope() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RawHttp.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v2/clients HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestTokens.operator()
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("{\"name\":\"" + "a".repeat(64 * 1024)).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 24; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (SocketException closedEarly) {
                // the server may answer and close before the whole body is sent
            }
            refused(RawHttp.read(socket.getInputStream()), 413, "payload_too_large", "1.5 MiB chunked body");
        }
    }

    @Test
    void aDeclaredBodyOverOneMebibyteIs413BeforeItIsSent() {
        byte[] body = ("{\"name\":\"" + "a".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
        refused(RawHttp.send("POST", "/v2/clients", TestTokens.operator(), "application/json", body), 413,
                "payload_too_large", "declared 1 MiB body");
    }

    @Test
    void aLongCursorIsRefusedByTheCursorCheckAndAnOverlongRequestLineIs414() {
        String client = Api.createClient(Api.unique("Limits"));
        String list = "/v2/clients/" + client + "/apps";
        RawHttp.Reply longCursor = refused(RawHttp.get(list + "?cursor=" + "A".repeat(5000), TestTokens.operator()),
                400, "invalid_request", "5000-character cursor");
        assertThat(longCursor.body()).contains("cursor");
        refused(RawHttp.get(list + "?q=" + "a".repeat(9000), TestTokens.operator()), 414, "uri_too_long",
                "9000-character q");
        refused(RawHttp.get("/v2/catalog/apps/" + "b".repeat(20_000), TestTokens.operator()), 414, "uri_too_long",
                "20000-character path");
    }

    @Test
    void headersOverThirtyTwoKibibytesAre431AndLargeTokensUnderItPass() {
        String client = Api.createClient(Api.unique("Limits"));
        List<String> manyClients = new ArrayList<>(List.of(client));
        while (manyClients.size() < 150) {
            manyClients.add(UUID.randomUUID().toString());
        }
        String bigToken = TestTokens.token("apps:read", manyClients.toArray(String[]::new));
        assertThat(bigToken.length()).isGreaterThan(8 * 1024);
        assertThat(RawHttp.get("/v2/clients/" + client + "/apps", bigToken).status()).isEqualTo(200);

        StringBuilder request = new StringBuilder("GET /v2/catalog/apps HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\nAuthorization: Bearer " + TestTokens.operator() + "\r\n");
        for (int i = 0; i < 40; i++) {
            request.append("X-Filler-").append(i).append(": ").append("f".repeat(1000)).append("\r\n");
        }
        request.append("\r\n");
        refused(RawHttp.exchange(request.toString().getBytes(StandardCharsets.US_ASCII)), 431,
                "request_header_fields_too_large", "40 KB of headers");
    }

    @Test
    void aClientThatStopsHalfWayThroughItsRequestIsDisconnectedAfterTheIdleTimeout() throws Exception {
        List<String> partials = List.of("",
                "GET /v2/catalog/apps HTTP/1.1\r\nHost: localhost\r\nAuthor",
                "POST /v2/clients HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100\r\nAuthorization: Bearer " + TestTokens.operator() + "\r\n\r\n{\"na");
        List<Socket> sockets = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        try {
            for (String partial : partials) {
                Socket socket = new Socket("127.0.0.1", RawHttp.port());
                sockets.add(socket);
                starts.add(System.currentTimeMillis());
                socket.setSoTimeout((int) (IDLE_TIMEOUT_MILLIS + SLACK_MILLIS));
                socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
            for (int i = 0; i < sockets.size(); i++) {
                long held = heldUntilClosed(sockets.get(i), starts.get(i));
                assertThat(held).as("ms a connection stayed open after sending %d bytes of a request",
                                partials.get(i).length())
                        .isGreaterThanOrEqualTo(IDLE_TIMEOUT_MILLIS - 1_000)
                        .isLessThan(IDLE_TIMEOUT_MILLIS + SLACK_MILLIS);
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private static long heldUntilClosed(Socket socket, long start) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // drain whatever comes (nothing, or an error answer) until the server closes
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("connection still open after " + (System.currentTimeMillis() - start) + " ms");
        } catch (SocketException reset) {
            // closed by the server
        }
        return System.currentTimeMillis() - start;
    }
}
