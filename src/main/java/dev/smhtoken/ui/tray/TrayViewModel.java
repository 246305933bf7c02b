package dev.smhtoken.ui.tray;

import dev.smhtoken.token.Settings;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.notify.DesktopNotifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The tray's state, driven by the window's clock: its summary of the rows (worked out again every
 * {@link #REFRESH}, at once when the vault locks or unlocks), and while the vault is locked a
 * desktop notification, once, when the soonest expiry known before the lock comes within the warning
 * lead: nobody renews while it is locked. Only that instant is remembered across the lock, nothing
 * secret. No toolkit: UI thread only.
 */
public final class TrayViewModel {
    static final Duration REFRESH = Duration.ofSeconds(15);
    private final ReadOnlyObjectWrapper<TraySummary> summary;
    private final TaskExecutor tasks;
    private final DesktopNotifier notifier;
    private final Supplier<Messages> language;
    private Instant lastRefresh;
    private Boolean wasLocked;
    private Instant soonestKnown;
    private Duration warningLead = Settings.DEFAULTS.warningLead();
    private boolean reminded;

    public TrayViewModel(TaskExecutor tasks, DesktopNotifier notifier, Supplier<Messages> language) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.language = language;
        this.summary = new ReadOnlyObjectWrapper<>(this, "summary", TraySummary.starting(language.get()));
    }

    public ReadOnlyObjectProperty<TraySummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Says it again at the next tick (the rows or the language changed as a whole). */
    public void refreshSoon() {
        lastRefresh = null;
        wasLocked = null;
    }

    /**
     * One tick of the window's clock.
     *
     * @param rows     the rows shown now (read only when a refresh is due)
     * @param locked   whether the vault is locked (or not yet unlocked)
     * @param settings the open vault's settings (its warning lead is remembered for the lock)
     */
    public void tick(Instant now, Supplier<List<TraySummary.Row>> rows, boolean locked, Settings settings) {
        boolean changed = wasLocked == null || wasLocked != locked;
        wasLocked = locked;
        if (locked) {
            if (changed) {
                summary.set(TraySummary.locked(language.get(), soonestKnown));
            }
            remindIfDue(now);
            return;
        }
        if (changed || lastRefresh == null || !now.isBefore(lastRefresh.plus(REFRESH))) {
            lastRefresh = now;
            TraySummary next = TraySummary.of(rows.get(), now, language.get());
            soonestKnown = next.soonestExpiry();
            warningLead = settings.warningLead();
            reminded = false;
            if (!next.equals(summary.get())) {
                summary.set(next);
            }
        }
    }

    private void remindIfDue(Instant now) {
        if (reminded || soonestKnown == null || now.isBefore(soonestKnown.minus(warningLead))) {
            return;
        }
        reminded = true;
        Messages messages = language.get();
        String title = messages.get("tray.lockedReminder.title");
        Duration left = Duration.between(now, soonestKnown);
        String body = messages.format("tray.lockedReminder.body",
                TraySummary.inWords(left.isNegative() ? Duration.ZERO : left, messages));
        tasks.runQuietly(() -> {
            notifier.notify(title, body);
            return null;
        });
    }
}
