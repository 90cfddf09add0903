package dev.clientapps.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.BulkOutcome;
import java.util.List;

/** The answer of the bulk endpoints (seeds 000 and 001). */
@JsonPropertyOrder({"succeeded", "failed"})
public record BulkResultDto(List<String> succeeded, List<Failure> failed) {

    @JsonPropertyOrder({"id", "error"})
    public record Failure(String id, String error) {
    }

    public static BulkResultDto of(BulkOutcome outcome) {
        return new BulkResultDto(
                outcome.succeeded().stream().map(AppId::toString).toList(),
                outcome.notFound().stream().map(id -> new Failure(id.toString(), "App not found")).toList());
    }
}
