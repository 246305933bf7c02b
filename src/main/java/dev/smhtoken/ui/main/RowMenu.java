package dev.smhtoken.ui.main;

import dev.smhtoken.token.Settings;
import dev.smhtoken.token.TokenState;
import dev.smhtoken.ui.common.Messages;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The token rows' context menu: Copy fresh, Renew, Copy, the auto-renew switch, Generate new token, Revoke. Set up for the selected row when it opens. */
final class RowMenu {
    private final ContextMenu menu = new ContextMenu();

    RowMenu(Messages messages, RowActions actions, Supplier<Settings> settings, Supplier<Optional<TokenEntry>> selected,
            RowRequests requests, Supplier<Instant> now) {
        MenuItem copyFresh = new MenuItem(messages.get("action.copyFresh"));
        copyFresh.getStyleClass().add("copy-fresh-item");
        copyFresh.setOnAction(e -> selected.get().ifPresent(actions::copyFresh));
        MenuItem renew = new MenuItem(messages.get("action.renew"));
        MenuItem copy = new MenuItem(messages.get("action.copy"));
        CheckMenuItem autoRenew = new CheckMenuItem(messages.get("action.autoRenew"));
        MenuItem revoke = new MenuItem(messages.get("action.revoke") + "…");
        MenuItem replace = new MenuItem(messages.get("action.generateNew") + "…");
        replace.getStyleClass().add("generate-new-item");
        replace.setOnAction(e -> selected.get().ifPresent(requests.generateNewToken()));
        renew.setOnAction(e -> selected.get().ifPresent(actions::renew));
        copy.setOnAction(e -> selected.get().ifPresent(actions::copy));
        autoRenew.setOnAction(e -> selected.get().ifPresent(t -> actions.setAutoRenew(t, autoRenew.isSelected())));
        revoke.setOnAction(e -> selected.get().ifPresent(requests.confirmRevoke()));
        autoRenew.getStyleClass().add("auto-renew-item");
        menu.getItems().addAll(copyFresh, renew, copy, new SeparatorMenuItem(), autoRenew, new SeparatorMenuItem(), replace, revoke);
        menu.setOnShowing(e -> {
            Optional<TokenEntry> token = selected.get();
            boolean none = token.isEmpty();
            boolean revoked = token.map(t -> t.token().revokedAt() != null).orElse(true);
            menu.getItems().forEach(item -> item.setDisable(none));
            renew.setDisable(revoked);
            revoke.setDisable(revoked);
            replace.setDisable(token.map(t -> !wantsNewToken(t, now.get())).orElse(true));
            autoRenew.setDisable(revoked || token.map(t -> t.token().needsNewToken()).orElse(true));
            autoRenew.setSelected(token.map(t -> t.token().isAutoRenewed(settings.get())).orElse(false));
        });
    }

    /** A new token is what an expired, revoked or rejected one needs; a live one is renewed instead. */
    static boolean wantsNewToken(TokenEntry entry, Instant now) {
        return entry.token().needsNewToken() || entry.token().revokedAt() != null
                || entry.token().state(now) == TokenState.EXPIRED;
    }

    ContextMenu menu() {
        return menu;
    }
}
