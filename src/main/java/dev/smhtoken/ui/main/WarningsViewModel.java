package dev.smhtoken.ui.main;

import dev.smhtoken.token.ExpiryWarnings;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.notify.DesktopNotifier;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The warnings above the list: tokens that are not auto-renewed and expire within the warning lead
 * (each also told once as a desktop notification), and the local clock when it looks wrong. Worked
 * out twice a minute from the rows in memory, never from a read of the vault. UI thread only.
 */
public final class WarningsViewModel {
    static final Duration RECHECK = Duration.ofSeconds(30);
    private final ReadOnlyObjectWrapper<List<ExpiryWarnings.Warning>> warnings =
            new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    private final ReadOnlyStringWrapper clockWarning = new ReadOnlyStringWrapper(this, "clockWarning");
    private final ExpiryWarnings warned = new ExpiryWarnings();
    private final Set<TokenRef> dismissed = new HashSet<>();
    private final TaskExecutor tasks;
    private final DesktopNotifier notifier;
    private final Supplier<Messages> language;
    private final Consumer<List<TokenRef>> renew;
    private Instant lastCheck;

    /** @param renew renews these tokens (the banner's "Renew now") */
    WarningsViewModel(TaskExecutor tasks, DesktopNotifier notifier, Supplier<Messages> language,
                      Consumer<List<TokenRef>> renew) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.language = language;
        this.renew = renew;
    }

    /** Tokens not auto-renewed that expire within the warning lead and were not dismissed. */
    public ReadOnlyObjectProperty<List<ExpiryWarnings.Warning>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** A sentence when the local clock looks wrong (SMH's clock differs by over a minute), else null. */
    public ReadOnlyStringProperty clockWarningProperty() {
        return clockWarning.getReadOnlyProperty();
    }

    /** Hides the warning banner for these tokens until their expiry changes. */
    public void dismiss() {
        warnings.get().forEach(w -> dismissed.add(w.ref()));
        warnings.set(List.of());
    }

    /** Renews the tokens the warning banner names. */
    public void renewWarned() {
        List<TokenRef> refs = warnings.get().stream().map(ExpiryWarnings.Warning::ref).toList();
        dismiss();
        renew.accept(refs);
    }

    /** The rows changed as a whole (another vault, a reload): look again at the next tick. */
    void recheckSoon() {
        lastCheck = null;
    }

    /** Drops every warning (the vault was locked or another one opens). */
    void clear() {
        warnings.set(List.of());
        lastCheck = null;
    }

    /** At each tick of the clock: twice a minute, or when asked to, the warnings are worked out again. */
    void tick(Instant now, Supplier<Vault> rows) {
        if (lastCheck != null && Duration.between(lastCheck, now).abs().compareTo(RECHECK) < 0) {
            return;
        }
        lastCheck = now;
        Vault vault = rows.get();
        Messages messages = language.get();
        for (ExpiryWarnings.Warning warning : warned.newWarnings(vault, now)) {
            String title = messages.get("app.title");
            String body = messages.format("warning.notification", warning.libraryName(), warning.ref().label(),
                    minutesLeft(warning, now));
            // Telling the desktop starts a process: on a worker, never the FX thread.
            tasks.runQuietly(() -> {
                notifier.notify(title, body);
                return null;
            });
        }
        List<ExpiryWarnings.Warning> current = ExpiryWarnings.current(vault, now);
        dismissed.removeIf(ref -> current.stream().noneMatch(w -> w.ref().equals(ref)));
        warnings.set(current.stream().filter(w -> !dismissed.contains(w.ref())).toList());
    }

    /** Renewed tokens no longer need their warning. */
    void renewed(Set<TokenRef> refs) {
        if (!refs.isEmpty()) {
            warnings.set(warnings.get().stream().filter(w -> !refs.contains(w.ref())).toList());
        }
    }

    /** After renews: whether SMH's last answer showed the local clock off by over a minute. */
    void clockLooksWrong(boolean wrong) {
        Messages messages = language.get();
        clockWarning.set(wrong ? messages.get("banner.clockSkew") : null);
    }

    static long minutesLeft(ExpiryWarnings.Warning warning, Instant now) {
        return Math.max(1, Duration.between(now, warning.expiresAt()).toMinutes());
    }
}
