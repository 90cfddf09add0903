package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientapps.adapter.rest.dto.AppDto;
import dev.clientapps.adapter.rest.dto.AppJson;
import dev.clientapps.adapter.rest.dto.PageDto;
import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.domain.app.AppId;
import dev.clientapps.domain.app.AppState;
import dev.clientapps.domain.app.ClientApp;
import dev.clientapps.domain.app.LicenseCount;
import dev.clientapps.domain.catalog.CatalogApp;
import dev.clientapps.domain.catalog.CatalogAppId;
import dev.clientapps.domain.catalog.Category;
import dev.clientapps.domain.catalog.CategoryId;
import dev.clientapps.domain.catalog.Vendor;
import dev.clientapps.domain.catalog.VendorId;
import dev.clientapps.domain.client.ClientId;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * AppJson writes the same bytes as the DTOs serialized by the application's own ObjectMapper, over
 * generated apps with every optional field absent or present, empty and long category lists, and
 * text that needs escaping or is not ASCII.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class AppJsonTest {

    /** Characters that stress escaping and encoding: quotes, backslash, controls, line separators, non-BMP. */
    private static final String[] PIECES = {
        "Slack", " ", "\"", "\\", "/", "</script>", "\u0000", "\u0001", "\b", "\f", "\n", "\r", "\t", "\u001f",
        "\u007f", "\u0080", "é", "ß", "Ωmega", "日本語", "\u2028", "\u2029", "\uFEFF", "😀", "\uD83D\uDE80x",
        "العربية", "'", "&", "<", ">", "%", "+", "{}", "[]", ":", ","
    };
    private static final String[] URLS = {
        "https://cdn.example.com/logos/1.png", "http://a", "HTTPS://EXAMPLE.COM/x?y=1&z=2",
        "https://example.com:8443/a%20b", "https://example.com/ロゴ.png", "https://user@example.com/#top",
        "https://example.com/a;b=c,d$e!f*g'h(i)j+k"
    };

    @Inject
    ObjectMapper mapper;

    @Test
    void anAppIsWrittenExactlyAsItsDtoIsSerialized() throws Exception {
        AppJson json = new AppJson(mapper);
        Random random = new Random(20261201L);
        for (int i = 0; i < 3_000; i++) {
            ClientApp app = app(random);
            byte[] expected = mapper.writeValueAsBytes(AppDto.of(app));
            assertThat(new String(json.app(app), StandardCharsets.UTF_8))
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(json.app(app)).isEqualTo(expected);
        }
    }

    @Test
    void aPageIsWrittenExactlyAsItsDtoIsSerialized() throws Exception {
        AppJson json = new AppJson(mapper);
        Random random = new Random(7L);
        for (int i = 0; i < 200; i++) {
            List<ClientApp> apps = new ArrayList<>();
            int size = i % 10 == 0 ? 0 : random.nextInt(60);
            for (int j = 0; j < size; j++) {
                apps.add(app(random));
            }
            long total = random.nextBoolean() ? size : Math.abs(random.nextLong());
            String cursor = random.nextBoolean() ? null : text(random, 1 + random.nextInt(80));
            byte[] expected = mapper.writeValueAsBytes(
                    new PageDto<>(apps.stream().map(AppDto::of).toList(), total, cursor));
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            json.page(written, apps, total, cursor);
            assertThat(written.toByteArray()).isEqualTo(expected);
        }
    }

    private static ClientApp app(Random random) {
        LicenseCount licenseCount = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> new LicenseCount(0);
            case 2 -> new LicenseCount(Integer.MAX_VALUE);
            default -> new LicenseCount(random.nextInt(10_000));
        };
        return new ClientApp(new AppId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), catalogApp(random),
                new AppState(random.nextBoolean(), random.nextBoolean(), licenseCount),
                instant(random), instant(random));
    }

    private static CatalogApp catalogApp(Random random) {
        Vendor vendor = random.nextInt(3) == 0 ? null : new Vendor(new VendorId(UUID.randomUUID()),
                "V" + text(random, random.nextInt(20)), random.nextBoolean() ? null : pick(random, URLS));
        List<Category> categories = new ArrayList<>();
        int count = random.nextInt(3) == 0 ? 0 : random.nextInt(8);
        for (int i = 0; i < count; i++) {
            categories.add(new Category(new CategoryId(UUID.randomUUID()), "C" + text(random, random.nextInt(20))));
        }
        return new CatalogApp(new CatalogAppId(UUID.randomUUID()),
                "N" + text(random, random.nextInt(20)),
                random.nextBoolean() ? null : text(random, random.nextInt(200)),
                random.nextBoolean() ? null : String.format("#%06X", random.nextInt(0x1000000)),
                random.nextBoolean() ? null : pick(random, URLS),
                random.nextBoolean() ? null : "t" + text(random, random.nextInt(5)),
                vendor, categories, instant(random), instant(random));
    }

    private static Instant instant(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Instant.parse("0001-01-01T00:00:00Z");
            case 1 -> Instant.parse("+10000-01-01T00:00:00.5Z");
            default -> Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000) * 1_000_000L);
        };
    }

    private static String text(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(pick(random, PIECES));
        }
        return text.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
