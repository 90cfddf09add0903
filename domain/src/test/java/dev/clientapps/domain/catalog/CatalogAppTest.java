package dev.clientapps.domain.catalog;

import static dev.clientapps.domain.catalog.CatalogAppBuilder.aCatalogApp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.domain.shared.InvalidValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogAppTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void blankCanonicalNameIsRefused(String name) {
        assertRefused(() -> aCatalogApp().canonicalName(name).build(), "canonical_name");
    }

    @Test
    void canonicalNameOfUpTo200CharactersIsAcceptedAndLongerIsRefused() {
        assertThat(aCatalogApp().canonicalName("a".repeat(200)).build().canonicalName()).hasSize(200);
        assertRefused(() -> aCatalogApp().canonicalName("a".repeat(201)).build(), "canonical_name");
    }

    @Test
    void canonicalNameIsStripped() {
        assertThat(aCatalogApp().canonicalName("  Slack  ").build().canonicalName()).isEqualTo("Slack");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4A154B", "#4A154", "#4A154BB", "#GGGGGG", "#4a154g", "#4A 54B", "#٤A154B", "red", ""})
    void displayColourThatIsNotAHashAndSixHexDigitsIsRefused(String colour) {
        assertRefused(() -> aCatalogApp().displayColour(colour).build(), "display_colour");
    }

    @Test
    void displayColourMayBeAnyLetterCaseOrAbsent() {
        assertThat(aCatalogApp().displayColour("#4a154b").build().displayColour()).isEqualTo("#4a154b");
        assertThat(aCatalogApp().displayColour(null).build().displayColour()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ftp://cdn.example.com/logo.png", "logo.png", "javascript:alert(1)", "data:image/png;base64,AA"
    })
    void logoThatIsNotAnAbsoluteHttpAddressIsRefused(String logo) {
        assertRefused(() -> aCatalogApp().logo(logo).build(), "logo");
    }

    @Test
    void categoriesAreSortedByNameThenIdAsTextAndDeduplicated() {
        Category chat = category("00000000-0000-0000-0000-000000000009", "Chat");
        Category devLow = category("10000000-0000-0000-0000-000000000000", "Development");
        Category devHigh = category("80000000-0000-0000-0000-000000000000", "Development");

        CatalogApp app = aCatalogApp().categories(devHigh, chat, devLow, chat, devHigh).build();

        assertThat(app.categories()).containsExactly(chat, devLow, devHigh);
    }

    @Test
    void categoriesAlreadyInOrderAreKeptInThatOrderAndCannotBeChangedAfterwards() {
        Category chat = category("00000000-0000-0000-0000-000000000009", "Chat");
        Category devLow = category("10000000-0000-0000-0000-000000000000", "Development");
        Category devHigh = category("80000000-0000-0000-0000-000000000000", "Development");
        List<Category> given = new ArrayList<>(List.of(chat, devLow, devHigh));
        CatalogApp template = aCatalogApp().build();

        CatalogApp app = new CatalogApp(template.id(), template.canonicalName(), template.description(),
                template.displayColour(), template.logo(), template.type(), template.vendor(), given,
                template.createdAt(), template.updatedAt());
        given.clear();

        assertThat(app.categories()).containsExactly(chat, devLow, devHigh);
        assertThatThrownBy(() -> app.categories().add(chat)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void duplicatesInAnOtherwiseOrderedListAreRemoved() {
        Category chat = category("00000000-0000-0000-0000-000000000009", "Chat");
        Category dev = category("10000000-0000-0000-0000-000000000000", "Development");

        assertThat(aCatalogApp().categories(chat, chat, dev, dev).build().categories()).containsExactly(chat, dev);
    }

    @Test
    void emptyCategoriesAreKeptEmpty() {
        assertThat(aCatalogApp().categories().build().categories()).isEmpty();
    }

    private static Category category(String id, String name) {
        return new Category(new CategoryId(UUID.fromString(id)), name);
    }

    private static void assertRefused(Executable build, String field) {
        assertThatThrownBy(build::execute)
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
