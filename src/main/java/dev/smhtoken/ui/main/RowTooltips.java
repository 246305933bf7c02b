package dev.smhtoken.ui.main;

import dev.smhtoken.ui.common.Messages;
import javafx.scene.control.Tooltip;

/**
 * The tooltips every token row shows, made once per table and shared by all its cells (a tooltip
 * may be installed on many nodes). A tooltip is a popup window of its own: making four for each
 * row was a tenth of the cost of every row the table creates.
 */
record RowTooltips(Tooltip copy, Tooltip renew, Tooltip reveal) {
    static RowTooltips of(Messages messages) {
        return new RowTooltips(new Tooltip(messages.get("action.copyTip")), new Tooltip(messages.get("action.renewTip")),
                new Tooltip(messages.get("token.reveal")));
    }
}
