package dev.smhtoken.ui.main;

import dev.smhtoken.ui.common.Messages;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The token rows' context menu: Renew, Copy, the auto-renew switch, Revoke. Set up for the selected row when it opens. */
final class RowMenu {
    private final ContextMenu menu = new ContextMenu();

    RowMenu(Messages messages, MainViewModel model, Supplier<Optional<TokenEntry>> selected,
            Consumer<TokenEntry> confirmRevoke) {
        MenuItem renew = new MenuItem(messages.get("action.renew"));
        MenuItem copy = new MenuItem(messages.get("action.copy"));
        CheckMenuItem autoRenew = new CheckMenuItem(messages.get("action.autoRenew"));
        MenuItem revoke = new MenuItem(messages.get("action.revoke") + "…");
        renew.setOnAction(e -> selected.get().ifPresent(model::renew));
        copy.setOnAction(e -> selected.get().ifPresent(model::copy));
        autoRenew.setOnAction(e -> selected.get().ifPresent(t -> model.setAutoRenew(t, autoRenew.isSelected())));
        revoke.setOnAction(e -> selected.get().ifPresent(confirmRevoke));
        autoRenew.getStyleClass().add("auto-renew-item");
        menu.getItems().addAll(renew, copy, new SeparatorMenuItem(), autoRenew, new SeparatorMenuItem(), revoke);
        menu.setOnShowing(e -> {
            Optional<TokenEntry> token = selected.get();
            boolean none = token.isEmpty();
            boolean revoked = token.map(t -> t.token().revokedAt() != null).orElse(true);
            menu.getItems().forEach(item -> item.setDisable(none));
            renew.setDisable(revoked);
            revoke.setDisable(revoked);
            autoRenew.setDisable(revoked || token.map(t -> t.token().needsNewToken()).orElse(true));
            autoRenew.setSelected(token.map(t -> t.token().isAutoRenewed(model.settingsProperty().get())).orElse(false));
        });
    }

    ContextMenu menu() {
        return menu;
    }
}
