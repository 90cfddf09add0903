package dev.clientapps.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ErrorMappersTest {

    private final ErrorMappers mappers = new ErrorMappers();

    @Test
    void anUnexpectedFaultIs500WithoutItsClassMessageOrStack() {
        Response response = mappers.unexpected(
                new IllegalStateException("select * from client_app where secret = 1"), null);
        assertThat(response.getStatus()).isEqualTo(500);
        ErrorBody body = (ErrorBody) response.getEntity();
        assertThat(body.error().code()).isEqualTo("internal_error");
        assertThat(body.toString()).doesNotContain("IllegalStateException", "select", "client_app", "at dev.");
    }

    @Test
    void anUnreachableDatabaseIs503WithRetryAfter() {
        for (Throwable cause : new Throwable[] {
            new SQLTransientConnectionException("Sorry, acquisition timeout!"),
            new SQLException("Connection refused", "08001"),
            new SQLException("terminating connection due to administrator command", "57P01"),
            new SQLException("the database system is starting up", "57P03"),
            new SQLException("Sorry, acquisition timeout!")}) {
            Response response = mappers.unexpected(new RuntimeException("wrapped", cause), null);
            assertThat(response.getStatus()).as(cause.getMessage()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo(ErrorMappers.RETRY_AFTER_SECONDS);
            assertThat(((ErrorBody) response.getEntity()).error().code()).isEqualTo("unavailable");
        }
    }

    @Test
    void otherDatabaseErrorsStay500() {
        Response response = mappers.unexpected(new RuntimeException(new SQLException("duplicate", "23505")), null);
        assertThat(response.getStatus()).isEqualTo(500);
    }
}
