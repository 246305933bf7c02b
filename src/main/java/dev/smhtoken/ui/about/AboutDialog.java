package dev.smhtoken.ui.about;

import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Version, data folder, licence (scrollable) and the links to the SMH documentation. */
public final class AboutDialog {
    public static final String SMH_DOCS = "https://cloud.tencent.com/document/product/1283";
    private static final String LICENCE = "/dev/smhtoken/ui/about/LICENSE.txt";
    private final DialogService dialogs;
    private final Messages messages;
    private final String version;
    private final Path dataDir;
    private final Consumer<String> openLink;

    /**
     * @param dataDir  the data folder (null when not known)
     * @param openLink opens an address in the user's browser (the Application's HostServices)
     */
    public AboutDialog(DialogService dialogs, String version, Path dataDir, Consumer<String> openLink) {
        this.dialogs = dialogs;
        this.messages = dialogs.messages();
        this.version = version;
        this.dataDir = dataDir;
        this.openLink = openLink;
    }

    public void show() {
        Label name = new Label(messages.get("app.title"), new FontIcon(Feather.KEY));
        name.getStyleClass().addAll("about-name", "app-title");
        Label versionLabel = new Label(messages.format("about.version", version));
        versionLabel.getStyleClass().add("about-version");
        Label folder = new Label(messages.format("about.dataFolder", dataDir == null ? "—" : dataDir.toAbsolutePath()));
        folder.getStyleClass().add("about-path");
        folder.setWrapText(true);
        Hyperlink docs = new Hyperlink(messages.get("about.docs"));
        docs.setId("docsLink");
        docs.setOnAction(e -> openLink.accept(SMH_DOCS));
        docs.setAccessibleHelp(SMH_DOCS);
        Label licenceTitle = new Label(messages.get("about.licence"));
        licenceTitle.getStyleClass().add("section-title");
        TextArea licence = new TextArea(licenceText());
        licence.setEditable(false);
        licence.setWrapText(false);
        licence.setPrefRowCount(14);
        licence.setPrefColumnCount(78);
        licence.getStyleClass().add("licence-text");
        licence.setAccessibleText(messages.get("about.licence"));
        HBox links = new HBox(8, docs);
        links.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, name, versionLabel, folder, links, licenceTitle, licence);
        content.getStyleClass().add("about-view");

        Dialog<ButtonType> dialog = dialogs.prepare(new Dialog<>(), messages.get("about.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(dialogs.close());
        dialog.show();
    }

    static String licenceText() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(LICENCE)) {
            if (in == null) {
                throw new IllegalStateException("the licence text is missing from the build: " + LICENCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
