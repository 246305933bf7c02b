package dev.smhtoken.ui.main;

import dev.smhtoken.token.ExpiryWarnings;
import dev.smhtoken.ui.common.Messages;
import java.time.Instant;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The warning banner's sentence ("… expires in 12 min …"), made again only when the warnings or
 * the minutes it names change. It follows the clock, but building the sentence at every tick was a
 * third of the tick's listener time with 10,000 tokens, for a text that changes once a minute.
 */
final class WarningSentence {
    private final ObservableValue<List<ExpiryWarnings.Warning>> warnings;
    private final ObservableValue<Instant> now;
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    /** Held here: the clock and the view model outlive a view (a new language builds another). */
    private final InvalidationListener update = o -> update();
    private List<ExpiryWarnings.Warning> shownWarnings;
    private long shownMinutes = -1;

    WarningSentence(ObservableValue<List<ExpiryWarnings.Warning>> warnings, ObservableValue<Instant> now,
                    Messages messages) {
        this.warnings = warnings;
        this.now = now;
        this.messages = messages;
        warnings.addListener(new WeakInvalidationListener(update));
        now.addListener(new WeakInvalidationListener(update));
        update();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    private void update() {
        List<ExpiryWarnings.Warning> current = warnings.getValue();
        long minutes = current.size() == 1 ? WarningsViewModel.minutesLeft(current.get(0), now.getValue()) : -1;
        if (current == shownWarnings && minutes == shownMinutes) {
            return;
        }
        shownWarnings = current;
        shownMinutes = minutes;
        if (current.isEmpty()) {
            text.set("");
        } else if (current.size() == 1) {
            ExpiryWarnings.Warning warning = current.get(0);
            text.set(messages.format("banner.expiresOne", warning.libraryName(), warning.ref().label(), minutes));
        } else {
            text.set(messages.format("banner.expiresMany", current.size()));
        }
    }
}
