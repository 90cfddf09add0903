package dev.clientapps.domain.catalog;

import static dev.clientapps.domain.catalog.CatalogAppBuilder.aCatalogApp;
import static dev.clientapps.domain.catalog.RevisionBuilder.aRevision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.domain.shared.InvalidValue;
import dev.clientapps.domain.shared.Patch;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogAppReviseTest {

    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    private final Category chat = new Category(CategoryId.random(), "Chat");
    private final Category tools = new Category(CategoryId.random(), "Tools");
    private final CatalogApp app = aCatalogApp().categories(chat, tools).build();

    @Test
    void revisionWithEveryFieldAbsentReturnsTheSameInstance() {
        assertThat(app.revise(aRevision().build(), NOW)).isSameAs(app);
    }

    @Test
    void revisionThatRestatesCurrentValuesReturnsTheSameInstanceAndKeepsUpdatedAt() {
        CatalogAppRevision same = aRevision()
                .canonicalName("  " + app.canonicalName() + " ")
                .description(app.description())
                .vendor(app.vendor())
                .categories(List.of(tools, chat))
                .build();

        CatalogApp revised = app.revise(same, NOW);

        assertThat(revised).isSameAs(app);
        assertThat(revised.updatedAt()).isEqualTo(CatalogAppBuilder.CREATED);
    }

    @Test
    void realChangeMovesUpdatedAtToNowAndKeepsCreatedAt() {
        CatalogApp revised = app.revise(aRevision().canonicalName("Slack Enterprise").build(), NOW);

        assertThat(revised.canonicalName()).isEqualTo("Slack Enterprise");
        assertThat(revised.updatedAt()).isEqualTo(NOW);
        assertThat(revised.createdAt()).isEqualTo(app.createdAt());
        assertThat(revised.id()).isEqualTo(app.id());
        assertThat(revised.description()).isEqualTo(app.description());
    }

    @Test
    void optionalFieldsCanBeClearedAndCategoriesSetToNullBecomeEmpty() {
        CatalogApp revised = app.revise(aRevision().description(null).vendor(null).categories(null).build(), NOW);

        assertThat(revised.description()).isNull();
        assertThat(revised.vendor()).isNull();
        assertThat(revised.categories()).isEmpty();
        assertThat(revised.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void revisedValuesAreValidatedLikeNewOnes() {
        assertThatThrownBy(() -> app.revise(aRevision().displayColour("purple").build(), NOW))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("display_colour"));
    }

    @Test
    void canonicalNameCannotBeSetToNull() {
        assertThatThrownBy(() -> aRevision().canonicalName(null).build())
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("canonical_name"));
    }

    @Test
    void categoriesSetToNullAreRecordedAsSetToEmpty() {
        assertThat(aRevision().categories(null).build().categories()).isEqualTo(Patch.of(List.of()));
    }
}
