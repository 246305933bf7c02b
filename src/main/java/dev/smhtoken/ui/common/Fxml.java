package dev.smhtoken.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads an FXML view with a controller that was built by constructor injection (the FXML files
 * name no controller class), and the texts of the current language.
 */
public final class Fxml {
    private final Messages messages;

    public Fxml(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** Loads {@code name} from the resources beside {@code controller}'s class. */
    public <P extends Parent> P load(String name, Object controller) {
        URL location = controller.getClass().getResource(name);
        if (location == null) {
            throw new IllegalStateException("missing view " + name + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(location, messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + name, e);
        }
    }
}
