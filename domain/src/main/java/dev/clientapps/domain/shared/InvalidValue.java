package dev.clientapps.domain.shared;

import java.util.Map;

/** A value breaks a rule of the model (a negative license count, a blank name, ...). */
public final class InvalidValue extends DomainException {

    private final String field;

    public InvalidValue(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("field", field);
    }
}
