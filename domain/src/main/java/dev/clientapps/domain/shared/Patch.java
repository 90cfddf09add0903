package dev.clientapps.domain.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a partial update: either absent (leave the value alone) or present with a new
 * value, which may be {@code null} where the field allows it. Absent and "set to null" are
 * different states on purpose; nothing here decides one from the other by accident.
 */
public final class Patch<T> {

    private static final Patch<?> ABSENT = new Patch<>(false, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    /** A present value; {@code null} means "set to null". */
    public static <T> Patch<T> of(T value) {
        return new Patch<>(true, value);
    }

    public boolean isPresent() {
        return present;
    }

    /** The new value if present, else {@code current}. */
    public T applyTo(T current) {
        return present ? value : current;
    }

    public <R> Patch<R> map(Function<T, R> mapper) {
        if (!present) {
            return absent();
        }
        return of(value == null ? null : mapper.apply(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Patch<?> other && present == other.present && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, value);
    }

    @Override
    public String toString() {
        return present ? "Patch[" + value + "]" : "Patch[absent]";
    }
}
