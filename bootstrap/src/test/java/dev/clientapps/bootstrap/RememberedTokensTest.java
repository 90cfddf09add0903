package dev.clientapps.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.bootstrap.support.FreshDatabase;
import dev.clientapps.bootstrap.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The bearer-token verifier the service runs with remembers tokens that passed (VerifiedTokens,
 * a decorator of smallrye-jwt's parser), and that changes nothing about which tokens pass.
 */
@QuarkusTest
@QuarkusTestResource(FreshDatabase.class)
class RememberedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void theVerifierInUseRemembersATokenThatPassed() throws Exception {
        String token = TestTokens.operator("remembered@example.test");
        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
    }

    @Test
    void aRememberedTokenChangedByOneCharacterIsVerifiedAndRefused() throws Exception {
        String token = TestTokens.operator("tampered@example.test");
        parser.parse(token);
        int at = token.lastIndexOf('.') + 5;
        String tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        assertThatThrownBy(() -> parser.parse(tampered)).isInstanceOf(ParseException.class);

        String unknownClient = "/v2/clients/" + UUID.randomUUID();
        given().auth().oauth2(token).get(unknownClient).then().statusCode(404);
        given().auth().oauth2(tampered).get(unknownClient).then().statusCode(401);
        given().auth().oauth2(token).get(unknownClient).then().statusCode(404);
    }
}
