package dev.clientapps.adapter.rest.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** What a verified token says about its bearer: who, which clients, which scopes. */
public record Caller(String subject, Set<String> clients, Set<String> scopes) {

    public static final String ALL_CLIENTS = "*";

    static Caller of(JsonWebToken token) {
        return new Caller(token.getSubject(), strings(token.getClaim("clients")), scopes(token.getClaim("scope")));
    }

    public boolean mayActOn(String clientId) {
        return clients.contains(ALL_CLIENTS) || clients.contains(clientId.toLowerCase(Locale.ROOT));
    }

    public boolean has(Scope scope) {
        return scope.claimValue() == null || scopes.contains(scope.claimValue());
    }

    private static Set<String> scopes(Object claim) {
        if (claim instanceof JsonString text) {
            return split(text.getString());
        }
        if (claim instanceof String text) {
            return split(text);
        }
        return Set.of();
    }

    /**
     * The words of {@code text.trim()} between runs of regex {@code \s} (space, tab, LF, VT, FF, CR),
     * split by hand: compiling that pattern on every request was a visible part of a Get App's CPU time.
     */
    static Set<String> split(String text) {
        String trimmed = text.trim();
        Set<String> scopes = new HashSet<>();
        int start = 0;
        for (int i = 0; i <= trimmed.length(); i++) {
            if (i == trimmed.length() || whitespace(trimmed.charAt(i))) {
                if (i > start) {
                    scopes.add(trimmed.substring(start, i));
                }
                start = i + 1;
            }
        }
        return Set.copyOf(scopes);
    }

    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Set<String> strings(Object claim) {
        Set<String> values = new HashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString text) {
                    values.add(text.getString().toLowerCase(Locale.ROOT));
                }
            }
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value).toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(values);
    }
}
