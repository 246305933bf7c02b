package dev.smhtoken.ui.main;

import dev.smhtoken.token.GenerateOptions;
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
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;

/**
 * The detail pane: what is known of the selected token (library, host, label, expiry, period,
 * origin, auto-renew) and its history, newest first. Follows the selected row's token property.
 */
final class TokenDetails {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final Messages messages;
    private final GridPane grid;
    private final ListView<String> history;
    private final Label empty;
    private final ChangeListener<Token> onTokenChanged = (obs, was, token) -> refresh();
    private TokenEntry shown;
    private boolean autoRenewDefault;

    TokenDetails(Messages messages, GridPane grid, ListView<String> history, Label empty) {
        this.messages = messages;
        this.grid = grid;
        this.history = history;
        this.empty = empty;
        history.setPlaceholder(new Label(messages.get("detail.noHistory")));
        // Long lines wrap instead of hiding behind a horizontal scroll bar.
        history.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(20));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        show(null);
    }

    void setAutoRenewDefault(boolean value) {
        autoRenewDefault = value;
        refresh();
    }

    void show(TreeEntry entry) {
        if (shown != null) {
            shown.tokenProperty().removeListener(onTokenChanged);
        }
        shown = entry instanceof TokenEntry token ? token : null;
        if (shown != null) {
            shown.tokenProperty().addListener(onTokenChanged);
        }
        refresh();
    }

    private void refresh() {
        boolean has = shown != null;
        empty.setVisible(!has);
        empty.setManaged(!has);
        grid.getChildren().clear();
        if (!has) {
            history.getItems().clear();
            return;
        }
        Token token = shown.token();
        int row = 0;
        row = add(row, "detail.library", shown.owner().library().name() + " (" + shown.owner().libraryId() + ")");
        row = add(row, "detail.host", shown.owner().library().host().toString());
        row = add(row, "detail.label", token.label());
        row = add(row, "detail.expires", token.expiresAt() == null ? messages.get("detail.unknown") : TIME.format(token.expiresAt()));
        row = add(row, "detail.period", token.period() == null ? messages.get("detail.unknown") : period(token.period()));
        row = add(row, "detail.origin", origin(token.origin()));
        boolean auto = token.autoRenew() != null ? token.autoRenew() : autoRenewDefault;
        add(row, "detail.autoRenew", messages.get(token.needsNewToken() ? "detail.autoRenewStopped"
                : auto ? "detail.on" : "detail.off"));
        List<String> lines = new ArrayList<>();
        for (TokenEvent event : token.history()) {
            lines.add(line(event));
        }
        Collections.reverse(lines);
        history.getItems().setAll(lines);
    }

    private int add(int row, String key, String value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("detail-key");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        text.getStyleClass().add("detail-value");
        grid.addRow(row, name, text);
        return row + 1;
    }

    private String line(TokenEvent event) {
        String kind = messages.get("event." + event.kind().name().toLowerCase(Locale.ROOT));
        StringBuilder text = new StringBuilder(TIME.format(event.at())).append("  ").append(kind);
        if (event.code() != null) {
            text.append(" (").append(event.code()).append(')');
        }
        if (event.expiresAt() != null) {
            text.append(" → ").append(TIME.format(event.expiresAt()));
        }
        return text.toString();
    }

    private String origin(GenerateOptions origin) {
        if (origin == null) {
            return messages.get("detail.pasted");
        }
        String grant = origin.grant() == null ? messages.get("detail.readOnly") : origin.grant();
        StringBuilder text = new StringBuilder(messages.format("detail.generated", grant));
        if (origin.userId() != null) {
            text.append(", user ").append(origin.userId());
        }
        if (origin.clientId() != null) {
            text.append(", client ").append(origin.clientId());
        }
        if (origin.spaceId() != null) {
            text.append(", space ").append(origin.spaceId());
        }
        return text.toString();
    }

    static String period(Duration period) {
        long seconds = period.getSeconds();
        if (seconds % 3600 == 0) {
            return (seconds / 3600) + " h";
        }
        if (seconds % 60 == 0) {
            return (seconds / 60) + " min";
        }
        return seconds + " s";
    }

}
