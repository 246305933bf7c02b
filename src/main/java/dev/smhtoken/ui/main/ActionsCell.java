package dev.smhtoken.ui.main;

import dev.smhtoken.ui.common.Messages;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Per-row buttons: Copy fresh (the main action), Copy and Renew for a token, Add token for a
 * library. An expired, revoked or rejected token shows Generate new where Renew was: the remedy
 * where the eye is. While a renew runs, Renew
 * is disabled and shows a waiting icon (with the state badge saying "renewing"); an animated
 * spinner per row cost more FX-thread time than the rest of the row when many tokens renew.
 */
final class ActionsCell extends EntryCell {
    private final Button copyFresh = new Button();
    private final Button copy = new Button();
    private final Button renew = new Button();
    private final Button generateNew = new Button();
    private final FontIcon renewIcon = new FontIcon(Feather.REFRESH_CW);
    private final HBox tokenActions = new HBox(copyFresh, copy, renew, generateNew);
    private Boolean showsGenerateNew;
    private final Button addToken = new Button();

    ActionsCell(ObservableValue<Instant> now, Messages messages, RowTips tips, RowActions actions,
                Consumer<LibraryEntry> addTokenTo) {
        super(now);
        tokenActions.getStyleClass().add("row-actions");
        tokenActions.setAlignment(Pos.CENTER_LEFT);
        copyFresh.setText(messages.get("action.copyFresh"));
        copyFresh.setGraphic(new FontIcon(Feather.CLIPBOARD));
        copyFresh.getStyleClass().addAll("small", "flat", "accent", "copy-fresh-button");
        tips.copyFresh(copyFresh);
        copyFresh.setAccessibleHelp(messages.get("action.copyFreshTip"));
        copyFresh.setOnAction(e -> actions.copyFresh((TokenEntry) getItem()));
        generateNew.setText(messages.get("action.generateNewShort"));
        generateNew.setGraphic(new FontIcon(Feather.KEY));
        generateNew.getStyleClass().addAll("small", "flat", "generate-new-button");
        generateNew.setOnAction(e -> actions.generateNew((TokenEntry) getItem()));
        copy.setText(messages.get("action.copy"));
        renew.setText(messages.get("action.renew"));
        addToken.setText(messages.get("main.addToken"));
        copy.setGraphic(new FontIcon(Feather.COPY));
        renew.setGraphic(renewIcon);
        addToken.setGraphic(new FontIcon(Feather.PLUS));
        tips.copy(copy);
        tips.renew(renew);
        copy.setAccessibleHelp(messages.get("action.copyTip"));
        renew.setAccessibleHelp(messages.get("action.renewTip"));
        copy.getStyleClass().addAll("small", "flat", "copy-button");
        renew.getStyleClass().addAll("small", "flat", "renew-button");
        addToken.getStyleClass().addAll("small", "flat", "add-token-button");
        copy.setOnAction(e -> actions.copy((TokenEntry) getItem()));
        renew.setOnAction(e -> actions.renew((TokenEntry) getItem()));
        addToken.setOnAction(e -> addTokenTo.accept((LibraryEntry) getItem()));
    }

    @Override
    protected List<Observable> dependencies(TokenEntry entry) {
        return List.of(entry.tokenProperty(), entry.renewingProperty());
    }

    /** Expiry moves Renew to Generate new with the clock. */
    @Override
    protected boolean ticks() {
        return true;
    }

    @Override
    protected void showTick(TokenEntry entry, Instant now) {
        if (showsGenerateNew == null || showsGenerateNew != RowMenu.wantsNewToken(entry, now)) {
            showToken(entry, now);
        }
    }

    @Override
    protected void showToken(TokenEntry entry, Instant now) {
        boolean renewing = entry.isRenewing();
        boolean revoked = entry.token().revokedAt() != null;
        boolean wantsNew = RowMenu.wantsNewToken(entry, now);
        showsGenerateNew = wantsNew;
        renew.setVisible(!wantsNew);
        renew.setManaged(!wantsNew);
        generateNew.setVisible(wantsNew);
        generateNew.setManaged(wantsNew);
        generateNew.setDisable(renewing);
        renew.setDisable(renewing || revoked);
        renewIcon.setIconCode(renewing ? Feather.LOADER : Feather.REFRESH_CW);
        copyFresh.setAccessibleText(copyFresh.getText() + " " + entry.ref());
        generateNew.setAccessibleText(generateNew.getText() + " " + entry.ref());
        copy.setAccessibleText(copy.getText() + " " + entry.ref());
        renew.setAccessibleText(renew.getText() + " " + entry.ref());
        setAccessibleText(null);
        setText(null);
        setGraphic(tokenActions);
    }

    @Override
    protected void showLibrary(LibraryEntry entry) {
        showsGenerateNew = null;
        addToken.setAccessibleText(addToken.getText() + " " + entry.library().name());
        setText(null);
        setGraphic(addToken);
    }
}
