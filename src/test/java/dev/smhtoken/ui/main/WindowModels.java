package dev.smhtoken.ui.main;

import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.smh.SmhClientSettings;
import dev.smhtoken.testing.MutableClock;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.ui.common.CurrentThreadTaskExecutor;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TokenClipboard;
import dev.smhtoken.vault.PlainVaultStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window's view models over real parts, with no toolkit: the SMH emulator on 127.0.0.1, a
 * real vault file, the real SMH client, a fixed clock that the test moves, and the current-thread
 * executor. Renews wait in a queue until the test runs them ({@link #runRenews}), so a test can
 * look at a renew-many while it runs.
 */
final class WindowModels implements AutoCloseable {
    static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    static final Duration DAY = Duration.ofHours(24);
    static final String LIBRARY = "smhmodel1";

    final MutableClock clock = new MutableClock(START);
    final SmhEmulator emulator = SmhEmulator.start(clock);
    final PlainVaultStore store;
    final HttpSmhGateway smh = new HttpSmhGateway(SmhClientSettings.defaults(clock)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)).withMaxAttempts(1).withSleeper(wait -> { }));
    final BlockingQueue<Runnable> renews = new LinkedBlockingQueue<>();
    final Executor renewWorkers = renews::add;
    final TokenUseCases useCases;
    final ObjectProperty<Instant> now = new SimpleObjectProperty<>(START);
    final ObjectProperty<Messages> language = new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH));
    final RecordingClipboard clipboard = new RecordingClipboard();
    final List<String> notifications = new CopyOnWriteArrayList<>();
    final MainViewModel model;

    WindowModels(Path dir) {
        emulator.addLibrary(LIBRARY, "model-library-secret");
        store = new PlainVaultStore(dir);
        useCases = TokenUseCases.of(smh, store, clock, renewWorkers);
        model = new MainViewModel(new CurrentThreadTaskExecutor(), clipboard, now, language,
                (title, body) -> notifications.add(title + "|" + body), smh::clockLooksWrong, ZoneOffset.UTC);
    }

    /** Saves tokens of one library, each with the time left given; returns their values by label. */
    Map<String, String> seed(Map<String, Duration> left) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Token> tokens = new ArrayList<>();
        left.forEach((label, time) -> {
            String value = emulator.issueToken(LIBRARY, DAY, START.plus(time));
            values.put(label, value);
            tokens.add(new Token(label, AccessToken.of(value), START.plus(time), START.plus(time).minus(DAY), DAY,
                    null, null));
        });
        store.update(vault -> vault.withLibrary(new Library(
                LibraryAddress.of(LIBRARY, emulator.baseUri().toString()), "Model test", tokens)));
        return values;
    }

    /** Opens the seeded vault in the window's model, as the shell does. */
    void open() {
        model.switchTo(useCases, false, null);
    }

    TokenEntry row(String label) {
        return model.list().libraries().get(0).tokens().stream().filter(t -> t.label().equals(label)).findFirst()
                .orElseThrow();
    }

    /** Moves the clock and ticks, as the window's clock does each second. */
    void advance(Duration step) {
        clock.advance(step);
        now.set(clock.instant());
        model.onTick(clock.instant());
    }

    /**
     * Runs the queued renews on this thread, and those queued meanwhile (a save held for its batch
     * comes back a little later), until {@code done} holds or ten seconds pass.
     */
    void runRenews(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the renews did not end within ten seconds");
            }
            Runnable next = renews.poll(20, TimeUnit.MILLISECONDS);
            if (next != null) {
                next.run();
            }
        }
    }

    @Override
    public void close() {
        smh.close();
        emulator.close();
    }

    /** The clipboard as the models see it, holding what was copied (the system clipboard needs the toolkit). */
    static final class RecordingClipboard implements TokenClipboard {
        private final ReadOnlyObjectWrapper<Instant> clearsAt = new ReadOnlyObjectWrapper<>();
        final List<String> copied = new ArrayList<>();

        @Override
        public void copy(AccessToken token, Instant expiresAt) {
            copied.add(token.reveal());
            clearsAt.set(START.plusSeconds(30));
        }

        @Override
        public ReadOnlyObjectProperty<Instant> clearsAtProperty() {
            return clearsAt.getReadOnlyProperty();
        }

        @Override
        public void clearNow() {
            clearsAt.set(null);
        }
    }
}
