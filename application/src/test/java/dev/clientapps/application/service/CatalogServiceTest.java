package dev.clientapps.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.application.port.in.AddCatalogAppCommand;
import dev.clientapps.application.port.in.ReviseCatalogAppCommand;
import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.Vendor;
import dev.clientapps.domain.catalog.VendorId;
import dev.clientapps.domain.shared.NotFound;
import dev.clientapps.domain.shared.Patch;
import dev.clientapps.domain.shared.UnknownReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {

    private final TestClock clock = new TestClock();
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final CatalogService service = new CatalogService(catalog, catalog, new Now(clock));
    private final Vendor atlassian = catalog.vendor("Atlassian");
    private final Category tools = catalog.category("Tools");
    private final Category chat = catalog.category("Chat");

    @Test
    void addResolvesVendorAndCategoriesAndStampsNow() {
        CatalogApp app = service.addCatalogApp(command(atlassian.id(), List.of(tools.id(), chat.id(), tools.id())));

        assertThat(app.vendor()).isEqualTo(atlassian);
        assertThat(app.categories()).containsExactly(chat, tools);
        assertThat(app.createdAt()).isEqualTo(clock.now());
        assertThat(app.updatedAt()).isEqualTo(clock.now());
        assertThat(catalog.inserted).containsExactly(app);
    }

    @Test
    void addWithAnUnknownVendorIsAnUnknownReferenceToVendorId() {
        VendorId unknown = VendorId.random();

        assertThatThrownBy(() -> service.addCatalogApp(command(unknown, List.of())))
                .satisfies(e -> assertUnknownReference(e, "vendor_id", unknown.toString()));
        assertThat(catalog.inserted).isEmpty();
    }

    @Test
    void addWithAnUnknownCategoryIsAnUnknownReferenceToCategoryIds() {
        CategoryId unknown = CategoryId.random();

        assertThatThrownBy(() -> service.addCatalogApp(command(null, List.of(chat.id(), unknown))))
                .satisfies(e -> assertUnknownReference(e, "category_ids", unknown.toString()));
        assertThat(catalog.inserted).isEmpty();
    }

    @Test
    void revisionWithNoRealChangeReturnsTheAppWithoutWriting() {
        CatalogApp app = catalog.publish(Catalog.app("Jira", atlassian, List.of(chat, tools)));
        ReviseCatalogAppCommand same = new ReviseCatalogAppCommand(app.id(), Patch.of("Jira"), Patch.absent(),
                Patch.absent(), Patch.absent(), Patch.absent(), Patch.of(atlassian.id()),
                Patch.of(List.of(tools.id(), chat.id())));

        CatalogApp revised = service.reviseCatalogApp(same);

        assertThat(revised).isSameAs(app);
        assertThat(catalog.updated).isEmpty();
    }

    @Test
    void revisionWithARealChangeWritesTheAppStampedWithNow() {
        CatalogApp app = catalog.publish(Catalog.app("Jira", atlassian, List.of(chat)));

        CatalogApp revised = service.reviseCatalogApp(revise(app.id(), Patch.of(null), Patch.of(List.of(tools.id()))));

        assertThat(revised.vendor()).isNull();
        assertThat(revised.categories()).containsExactly(tools);
        assertThat(revised.updatedAt()).isEqualTo(clock.now());
        assertThat(catalog.updated).containsExactly(revised);
    }

    @Test
    void revisionNamingAnUnknownVendorIsAnUnknownReferenceAndWritesNothing() {
        CatalogApp app = catalog.publish(Catalog.app("Jira"));
        VendorId unknown = VendorId.random();

        assertThatThrownBy(() -> service.reviseCatalogApp(revise(app.id(), Patch.of(unknown), Patch.absent())))
                .satisfies(e -> assertUnknownReference(e, "vendor_id", unknown.toString()));
        assertThat(catalog.updated).isEmpty();
    }

    @Test
    void revisionOfAnUnknownCatalogAppIsNotFound() {
        ReviseCatalogAppCommand unknown = revise(CatalogAppId.random(), Patch.absent(), Patch.absent());

        assertThatThrownBy(() -> service.reviseCatalogApp(unknown))
                .isInstanceOf(NotFound.class)
                .hasMessage("Catalog app not found");
    }

    private static AddCatalogAppCommand command(VendorId vendor, List<CategoryId> categories) {
        return new AddCatalogAppCommand("Jira", "Issue tracking", "#0052CC", "https://cdn.example.com/jira.png",
                "saas", vendor, categories);
    }

    private static ReviseCatalogAppCommand revise(CatalogAppId id, Patch<VendorId> vendor,
            Patch<List<CategoryId>> categories) {
        return new ReviseCatalogAppCommand(id, Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent(),
                Patch.absent(), vendor, categories);
    }

    private static void assertUnknownReference(Throwable thrown, String field, String value) {
        assertThat(thrown).isInstanceOf(UnknownReference.class);
        assertThat(((UnknownReference) thrown).details()).isEqualTo(Map.of("field", field, "value", value));
    }
}
