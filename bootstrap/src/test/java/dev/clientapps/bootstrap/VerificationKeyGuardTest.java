package dev.clientapps.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationKeyGuardTest {

    private static final Optional<String> ISSUER = Optional.of("https://idp.example.com");

    @Test
    void aMissingIssuerIsRefused() {
        assertThat(VerificationKeyGuard.problem(Optional.of("/keys/public.pem"), Optional.empty(), Optional.empty()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("MP_JWT_VERIFY_ISSUER"));
    }

    @Test
    void noKeyAtAllIsRefusedWithTheSettingToUse() {
        assertThat(VerificationKeyGuard.problem(Optional.empty(), Optional.empty(), ISSUER))
                .hasValueSatisfying(reason -> assertThat(reason).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertThat(VerificationKeyGuard.problem(Optional.of(" "), Optional.empty(), ISSUER)).isPresent();
    }

    @Test
    void theDevelopmentKeyIsRefused() {
        assertThat(VerificationKeyGuard.problem(Optional.of("dev-jwt/public-key.DEV-ONLY.pem"), Optional.empty(), ISSUER))
                .hasValueSatisfying(reason -> assertThat(reason).contains("development"));
    }

    @Test
    void aConfiguredKeyOrJwksUrlPasses() {
        assertThat(VerificationKeyGuard.problem(Optional.of("https://idp.example.com/jwks"), Optional.empty(), ISSUER)).isEmpty();
        assertThat(VerificationKeyGuard.problem(Optional.empty(), Optional.of("MIIBIjANBg..."), ISSUER)).isEmpty();
    }
}
