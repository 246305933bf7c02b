package dev.smhtoken.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The emulator's script of misbehaviour. Faults queued with {@link #next} are used up one per
 * request, in order; a fault set with {@link #always} applies to every request after the queue is
 * empty, until {@link #clear()}. Thread-safe.
 */
public final class Faults {
    private final Deque<Fault> queued = new ArrayDeque<>();
    private Fault always;

    /** Each fault answers one of the next requests, in the order given. */
    public synchronized Faults next(Fault... faults) {
        for (Fault fault : faults) {
            queued.addLast(Objects.requireNonNull(fault));
        }
        return this;
    }

    /** The same fault for the next {@code times} requests. */
    public synchronized Faults next(int times, Fault fault) {
        for (int i = 0; i < times; i++) {
            queued.addLast(Objects.requireNonNull(fault));
        }
        return this;
    }

    /** This fault for every request from now on (after any queued ones), until cleared. */
    public synchronized Faults always(Fault fault) {
        always = Objects.requireNonNull(fault);
        return this;
    }

    /** Back to normal behaviour: drops the queue and the permanent fault. */
    public synchronized void clear() {
        queued.clear();
        always = null;
    }

    /** How many queued faults have not been used yet. */
    public synchronized int pending() {
        return queued.size();
    }

    synchronized Optional<Fault> take() {
        Fault next = queued.pollFirst();
        return Optional.ofNullable(next != null ? next : always);
    }
}
