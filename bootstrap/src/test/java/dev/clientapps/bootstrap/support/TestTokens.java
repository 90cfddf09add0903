package dev.clientapps.bootstrap.support;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Tokens minted by the tests themselves. The key pair is generated once per build under
 * target/test-keys (the service trusts its public half); a second, untrusted pair signs the
 * "wrong key" tokens.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test";
    public static final String ALL_SCOPES =
            "apps:read apps:write inventory:write clients:write catalog:write audit:read";
    private static final Path DIR = Path.of("target", "test-keys");
    private static PrivateKey trusted;
    private static PrivateKey untrusted;

    private TestTokens() {
    }

    /** A token for {@code clients} (a uuid each, or "*") with {@code scope} (space-separated). */
    public static String token(String scope, String... clients) {
        return sign(Instant.now().plus(Duration.ofHours(1)), ISSUER, scope, trustedKey(), clients);
    }

    public static String operator() {
        return token(ALL_SCOPES, "*");
    }

    /** A token of every scope for every client, whose {@code sub} is {@code subject}. */
    public static String operator(String subject) {
        return sign(subject, Instant.now().plus(Duration.ofHours(1)), ISSUER, ALL_SCOPES, trustedKey(), "*");
    }

    /** A token for {@code clients} with {@code scope} whose {@code exp} is {@code expiresAt}. */
    public static String expiringAt(Instant expiresAt, String scope, String... clients) {
        return sign(expiresAt, ISSUER, scope, trustedKey(), clients);
    }

    public static String expired(String scope, String... clients) {
        return sign(Instant.now().minus(Duration.ofMinutes(10)), ISSUER, scope, trustedKey(), clients);
    }

    public static String wrongIssuer(String scope, String... clients) {
        return sign(Instant.now().plus(Duration.ofHours(1)), "https://someone-else.test", scope, trustedKey(), clients);
    }

    public static String wrongKey(String scope, String... clients) {
        return sign(Instant.now().plus(Duration.ofHours(1)), ISSUER, scope, untrustedKey(), clients);
    }

    private static String sign(Instant expiresAt, String issuer, String scope, PrivateKey key, String... clients) {
        return sign("test-user", expiresAt, issuer, scope, key, clients);
    }

    private static String sign(String subject, Instant expiresAt, String issuer, String scope, PrivateKey key,
                               String... clients) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .issuedAt(Instant.now().minus(Duration.ofMinutes(20)))
                .expiresAt(expiresAt)
                .claim("scope", scope)
                .claim("clients", List.of(clients))
                .jws()
                .sign(key);
    }

    /** Where the service under test finds the public half of the test key pair. */
    public static String publicKeyLocation() {
        return publicKeyFile().toString();
    }

    static synchronized Path publicKeyFile() {
        trustedKey();
        return DIR.resolve("public.pem").toAbsolutePath();
    }

    private static synchronized PrivateKey trustedKey() {
        if (trusted == null) {
            trusted = loadOrCreate();
        }
        return trusted;
    }

    private static synchronized PrivateKey untrustedKey() {
        if (untrusted == null) {
            untrusted = generate().getPrivate();
        }
        return untrusted;
    }

    private static PrivateKey loadOrCreate() {
        try {
            Path privateFile = DIR.resolve("private.der");
            if (!Files.exists(privateFile)) {
                KeyPair pair = generate();
                Files.createDirectories(DIR);
                Files.writeString(DIR.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
                Files.write(privateFile, pair.getPrivate().getEncoded());
            }
            byte[] encoded = Files.readAllBytes(privateFile);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
