package dev.smhtoken.app;

import dev.smhtoken.instance.Summons;
import dev.smhtoken.instance.SummonsListener;
import dev.smhtoken.token.VaultGate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's gate, which also opens the hand-over channel once the data folder is claimed: only
 * the window that holds the folder listens, so a later launch on that folder always reaches the
 * right one. Releasing the claim closes the channel first, so the next window finds the folder free
 * and no socket in its way. A channel that cannot be opened costs the hand-over only, never the
 * window: a later launch then shows the refusal it showed before there was a hand-over.
 */
final class HandOverGate implements VaultGate {
    private static final Logger LOG = LoggerFactory.getLogger(HandOverGate.class);

    private final VaultGate gate;
    private final Path dataDirectory;
    private final Consumer<Summons> window;

    HandOverGate(VaultGate gate, Path dataDirectory, Consumer<Summons> window) {
        this.gate = gate;
        this.dataDirectory = dataDirectory;
        this.window = window;
    }

    @Override
    public AutoCloseable claimForWindow() {
        AutoCloseable claim = gate.claimForWindow();
        SummonsListener listener;
        try {
            listener = SummonsListener.start(dataDirectory, window);
        } catch (IOException | RuntimeException e) {
            LOG.warn("A second start will not bring this window forward: {}", e.getMessage());
            return claim;
        }
        return () -> {
            try {
                listener.close();
            } finally {
                claim.close();
            }
        };
    }

    @Override
    public Status status() {
        return gate.status();
    }

    @Override
    public Entry enter() {
        return gate.enter();
    }

    @Override
    public void warmUp() {
        gate.warmUp();
    }

    @Override
    public OpenVault create(char[] passwordOrNull) {
        return gate.create(passwordOrNull);
    }

    @Override
    public OpenVault open(char[] passwordOrNull) {
        return gate.open(passwordOrNull);
    }

    @Override
    public String restoreNewestGoodBackup(char[] passwordOrNull) {
        return gate.restoreNewestGoodBackup(passwordOrNull);
    }

    @Override
    public String toString() {
        return "HandOverGate[" + gate + "]";
    }
}
