package dev.smhtoken.smh;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A part built the first time it is needed. The gateway is made while the window starts, but its
 * HTTP client (TLS set-up, connection pool) and JSON parser are only needed at the first request,
 * which runs on a worker: building them then keeps a few hundred classes off the start-up path.
 */
final class BuiltOnFirstUse<T> {
    private final Supplier<T> builder;
    private volatile T built;

    BuiltOnFirstUse(Supplier<T> builder) {
        this.builder = builder;
    }

    T get() {
        T value = built;
        if (value == null) {
            synchronized (this) {
                value = built;
                if (value == null) {
                    value = builder.get();
                    built = value;
                }
            }
        }
        return value;
    }

    /** Runs {@code action} on the part if it was ever built. */
    synchronized void ifBuilt(Consumer<T> action) {
        if (built != null) {
            action.accept(built);
        }
    }
}
