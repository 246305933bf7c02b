package dev.smhtoken.ui.main;

import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TooltipOnHover;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * The tooltips every row's buttons show, one of each for the whole table and made at the first
 * hover: a tooltip is a popup window of its own, and making three per visible row was a large
 * share of the first frame. Only one shows at a time, next to the control under the pointer.
 */
final class RowTips {
    private final Messages messages;
    private Tooltip copy;
    private Tooltip copyFresh;
    private Tooltip renew;
    private Tooltip reveal;

    RowTips(Messages messages) {
        this.messages = messages;
    }

    void copy(Control button) {
        TooltipOnHover.install(button, () -> copy = made(copy, "action.copyTip"));
    }

    void copyFresh(Control button) {
        TooltipOnHover.install(button, () -> copyFresh = made(copyFresh, "action.copyFreshTip"));
    }

    void renew(Control button) {
        TooltipOnHover.install(button, () -> renew = made(renew, "action.renewTip"));
    }

    void reveal(Control button) {
        TooltipOnHover.install(button, () -> reveal = made(reveal, "token.reveal"));
    }

    private Tooltip made(Tooltip existing, String key) {
        return existing != null ? existing : new Tooltip(messages.get(key));
    }
}
