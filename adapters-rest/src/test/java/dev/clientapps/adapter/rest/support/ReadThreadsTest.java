package dev.clientapps.adapter.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadThreadsTest {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON_TYPE);
    private static final List<MediaType> ANY = List.of(MediaType.WILDCARD_TYPE);

    private static MultivaluedMap<String, String> query(String... pairs) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return query;
    }

    @Test
    void anUnfilteredJsonPageOfAtMostAHundredAppsIsBounded() {
        assertThat(ReadThreads.boundedPage(query(), JSON)).isTrue();
        assertThat(ReadThreads.boundedPage(query(), ANY)).isTrue();
        assertThat(ReadThreads.boundedPage(query(), List.of())).isTrue();
        assertThat(ReadThreads.boundedPage(query("page_size", "100", "cursor", "abc", "sort_by", "updated_at",
                "sort_order", "desc"), JSON)).isTrue();
    }

    @Test
    void aLargerPageIsNot() {
        assertThat(ReadThreads.boundedPage(query("page_size", "101"), JSON)).isFalse();
        assertThat(ReadThreads.boundedPage(query("page_size", "50", "page_size", "500"), JSON)).isFalse();
    }

    @Test
    void aPageSizeThatIsNoNumberStaysBecauseItIsRefusedAtOnce() {
        assertThat(ReadThreads.boundedPage(query("page_size", "lots"), JSON)).isTrue();
    }

    @Test
    void everyFilterAndEveryUnknownParameterGoesToAWorker() {
        for (String name : List.of("q", "category_id", "vendor_id", "type", "is_favorite", "is_approved",
                "updated_after", "Page_Size", "anything")) {
            assertThat(ReadThreads.boundedPage(query(name, "x"), JSON)).as(name).isFalse();
        }
    }

    @Test
    void aCsvExportGoesToAWorkerUnlessJsonIsPreferred() {
        MediaType csv = new MediaType("text", "csv");
        assertThat(ReadThreads.boundedPage(query(), List.of(csv))).isFalse();
        assertThat(ReadThreads.boundedPage(query(), List.of(csv, MediaType.APPLICATION_JSON_TYPE))).isFalse();
        assertThat(ReadThreads.boundedPage(query(), List.of(MediaType.APPLICATION_JSON_TYPE, csv))).isTrue();
    }
}
