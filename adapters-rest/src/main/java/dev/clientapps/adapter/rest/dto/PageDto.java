package dev.clientapps.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A list response: {data, total_count, next_cursor} (next_cursor null on the last page). */
@JsonPropertyOrder({"data", "totalCount", "nextCursor"})
public record PageDto<T>(List<T> data, long totalCount, String nextCursor) {
}
