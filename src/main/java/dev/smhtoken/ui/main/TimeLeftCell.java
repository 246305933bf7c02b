package dev.smhtoken.ui.main;

import dev.smhtoken.token.Token;
import dev.smhtoken.ui.common.Messages;
import java.time.Instant;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** Time left as {@code 1d 02h 03m 04s} over a bar of the share of the period left; ticks each second. */
final class TimeLeftCell extends EntryCell {
    /** Before its first layout the bar has no width; this is finer than any bar the column shows. */
    private static final double UNLAID_BAR_PIXELS = 1000;
    private final Messages messages;
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final VBox box = new CellBox(2, text, bar);

    TimeLeftCell(ObservableValue<Instant> now, Messages messages) {
        super(now);
        box.setAlignment(Pos.CENTER_LEFT);
        this.messages = messages;
        text.getStyleClass().add("time-left");
        bar.getStyleClass().add("time-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
    }

    @Override
    protected boolean ticks() {
        return true;
    }

    @Override
    protected void showToken(TokenEntry entry, Instant now) {
        Token token = entry.token();
        text.setText(TimeLeftText.of(token, now, messages));
        double fraction = token.fractionLeft(now);
        bar.setVisible(fraction >= 0 && token.revokedAt() == null);
        bar.setProgress(toWholePixels(Math.max(0, fraction)));
        setAccessibleText(text.getText());
        setText(null);
        setGraphic(box);
    }

    /**
     * The share left, rounded to what the bar can show: a day's bar moves one pixel every few
     * minutes, and an unchanged progress asks for no layout and no repaint, so an idle window
     * repaints only the countdown texts each second.
     */
    private double toWholePixels(double fraction) {
        double pixels = bar.getWidth() > 0 ? bar.getWidth() : UNLAID_BAR_PIXELS;
        return Math.round(fraction * pixels) / pixels;
    }

    @Override
    protected void showLibrary(LibraryEntry entry) {
        showNothing();
    }
}
