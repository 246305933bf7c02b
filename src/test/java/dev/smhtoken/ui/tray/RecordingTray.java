package dev.smhtoken.ui.tray;

import dev.smhtoken.ui.common.Messages;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/** A tray that is there and keeps what it was shown: the boundary to the desktop, recorded. */
final class RecordingTray implements TraySupport {
    /** Every summary the icon was given, oldest first. */
    final List<TraySummary> shown = new CopyOnWriteArrayList<>();
    /** One line per time the icon was taken out of the tray. */
    final List<String> removed = new CopyOnWriteArrayList<>();

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Optional<TrayHost> install(TrayCommands commands, Executor fxThread, Messages messages) {
        return Optional.of(new TrayHost() {
            @Override
            public void update(TraySummary summary, Messages in) {
                shown.add(summary);
            }

            @Override
            public void remove() {
                removed.add("removed");
            }
        });
    }

    /** The summary shown last, or null before the first. */
    TraySummary last() {
        return shown.isEmpty() ? null : shown.get(shown.size() - 1);
    }
}
