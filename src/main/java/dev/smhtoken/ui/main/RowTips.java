package dev.smhtoken.ui.main;

import dev.smhtoken.ui.common.Messages;
import javafx.scene.control.Tooltip;

/**
 * The tooltips every row's buttons show, one of each for the whole table: a tooltip is a popup
 * window of its own, and making three per visible row was a large share of the first frame.
 * Only one shows at a time, next to the control under the pointer.
 */
record RowTips(Tooltip copy, Tooltip renew, Tooltip reveal) {
    static RowTips of(Messages messages) {
        return new RowTips(new Tooltip(messages.get("action.copyTip")), new Tooltip(messages.get("action.renewTip")),
                new Tooltip(messages.get("token.reveal")));
    }
}
