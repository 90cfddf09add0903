package dev.clientapps.adapter.rest.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may call a resource method: a valid bearer token carrying {@link #value()}. When
 * the method's path has a {@code {client_id}} segment, the token must also permit that client.
 * Enforced for every method by {@link AccessControl}; a resource method without it is refused
 * (and fails the build's access test).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Access {

    Scope value();
}
