package dev.smhtoken.bench;

import dev.smhtoken.ui.main.MainViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;

/**
 * How the benchmark asks the window to renew every token. {@link #WINDOW_ACTION} is what an
 * administrator does: the window's own "Renew all" (the batched renew-many with progress, cancel and
 * a failure report). {@link #PER_ROW} presses every row's Renew instead, kept to compare against.
 */
enum RenewAll {
    WINDOW_ACTION("the window's Renew all: renew-many, 4 requests out at once") {
        @Override
        void start(OpenWindow window) {
            Node found = window.stage.getScene().lookup("#renewAllButton");
            if (!(found instanceof Button button) || button.isDisabled() || !button.isVisible()) {
                throw new IllegalStateException("The window shows no enabled Renew all button");
            }
            // What a click does once the mouse is released over the button.
            button.fire();
        }

        @Override
        boolean reportedFinished(OpenWindow window) {
            MainViewModel model = window.app.model();
            Node banner = window.stage.getScene().lookup("#progressBanner");
            return model.renewMany().runProperty().get() == null && banner != null && !banner.isVisible()
                    && !model.status().statusProperty().get().isEmpty();
        }
    },
    PER_ROW("every row's Renew: one renew per row on the app's renew workers") {
        @Override
        void start(OpenWindow window) {
            MainViewModel model = window.app.model();
            model.list().libraries().forEach(library -> library.tokens().forEach(model.actions()::renew));
        }

        @Override
        boolean reportedFinished(OpenWindow window) {
            return true;
        }
    };

    private final String description;

    RenewAll(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** Starts renewing every token; called on the FX thread, returns at once. */
    abstract void start(OpenWindow window);

    /** Whether the window says the run is over (progress gone, the outcome in the status line); FX thread. */
    abstract boolean reportedFinished(OpenWindow window);
}
