package dev.smhtoken.ui.main;

import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenEvent;
import dev.smhtoken.ui.common.Messages;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane's state: what is known of the selected token (library, host, label, expiry,
 * period, origin, auto-renew) as named lines, and its history, newest first, every word from the
 * bundles. Follows the selected row's token and the settings. UI thread only.
 */
public final class DetailsViewModel {
    /** One line of the pane: what it is, and its value. */
    public record Line(String name, String value) {
    }

    private final ObjectProperty<TreeEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final Supplier<Messages> language;
    private final ObservableValue<Settings> settings;
    private final DateTimeFormatter time;
    private final InvalidationListener refresh = o -> refresh();
    private TokenEntry shown;

    /** @param zone the zone times are shown in */
    DetailsViewModel(Supplier<Messages> language, ObservableValue<Settings> settings, ZoneId zone) {
        this.language = language;
        this.settings = settings;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        settings.addListener(refresh);
        selected.addListener((obs, was, entry) -> follow(entry));
    }

    /** The line the user selected in the list (a library's or a token's), or null. */
    public ObjectProperty<TreeEntry> selectedProperty() {
        return selected;
    }

    /** The selected token's details; empty when no token is selected. */
    public ObservableList<Line> lines() {
        return lines;
    }

    /** The selected token's history, newest first. */
    public ObservableList<String> history() {
        return history;
    }

    /** Says it all again (another language). */
    void refresh() {
        if (shown == null) {
            lines.clear();
            history.clear();
            return;
        }
        Messages messages = language.get();
        Token token = shown.token();
        LibraryEntry library = shown.owner();
        List<Line> shownLines = new ArrayList<>();
        shownLines.add(line(messages, "detail.library",
                messages.format("detail.libraryValue", library.library().name(), library.libraryId())));
        shownLines.add(line(messages, "detail.host", library.library().host().toString()));
        shownLines.add(line(messages, "detail.label", token.label()));
        shownLines.add(line(messages, "detail.expires",
                token.expiresAt() == null ? messages.get("detail.unknown") : time.format(token.expiresAt())));
        shownLines.add(line(messages, "detail.period",
                token.period() == null ? messages.get("detail.unknown") : period(token.period(), messages)));
        shownLines.add(line(messages, "detail.origin", origin(token.origin(), messages)));
        boolean auto = token.autoRenew() != null ? token.autoRenew() : settings.getValue().autoRenewByDefault();
        shownLines.add(line(messages, "detail.autoRenew", messages.get(token.needsNewToken() ? "detail.autoRenewStopped"
                : auto ? "detail.on" : "detail.off")));
        lines.setAll(shownLines);
        List<String> events = new ArrayList<>();
        for (TokenEvent event : token.history()) {
            events.add(event(event, messages));
        }
        Collections.reverse(events);
        history.setAll(events);
    }

    private void follow(TreeEntry entry) {
        if (shown != null) {
            shown.tokenProperty().removeListener(refresh);
        }
        shown = entry instanceof TokenEntry token ? token : null;
        if (shown != null) {
            shown.tokenProperty().addListener(refresh);
        }
        refresh();
    }

    private static Line line(Messages messages, String key, String value) {
        return new Line(messages.get(key), value);
    }

    private String event(TokenEvent event, Messages messages) {
        String kind = messages.get("event." + event.kind().name().toLowerCase(Locale.ROOT));
        StringBuilder text = new StringBuilder(time.format(event.at())).append("  ").append(kind);
        if (event.code() != null) {
            text.append(" (").append(event.code()).append(')');
        }
        if (event.expiresAt() != null) {
            text.append(" → ").append(time.format(event.expiresAt()));
        }
        return text.toString();
    }

    private static String origin(GenerateOptions origin, Messages messages) {
        if (origin == null) {
            return messages.get("detail.pasted");
        }
        String grant = origin.grant() == null ? messages.get("detail.readOnly") : origin.grant();
        String text = messages.format("detail.generated", grant);
        if (origin.userId() != null) {
            text = messages.format("detail.originUser", text, origin.userId());
        }
        if (origin.clientId() != null) {
            text = messages.format("detail.originClient", text, origin.clientId());
        }
        if (origin.spaceId() != null) {
            text = messages.format("detail.originSpace", text, origin.spaceId());
        }
        return text;
    }

    /** A token's period in whole hours, minutes or seconds, whichever divides it. */
    static String period(Duration period, Messages messages) {
        long seconds = period.getSeconds();
        if (seconds % 3600 == 0) {
            return messages.format("detail.periodHours", String.valueOf(seconds / 3600));
        }
        if (seconds % 60 == 0) {
            return messages.format("detail.periodMinutes", String.valueOf(seconds / 60));
        }
        return messages.format("detail.periodSeconds", String.valueOf(seconds));
    }
}
