package dev.clientapps.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A list response without a count: {data, next_cursor} (next_cursor null on the last page). */
@JsonPropertyOrder({"data", "nextCursor"})
public record SliceDto<T>(List<T> data, String nextCursor) {
}
