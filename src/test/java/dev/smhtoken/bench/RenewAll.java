package dev.smhtoken.bench;

import dev.smhtoken.ui.main.MainViewModel;

/**
 * How the benchmark asks the window to renew every token. Until the app has its own "renew all",
 * {@link #PER_ROW} presses every row's Renew (each row's RenewService on the app's pool of four
 * workers). When the real one lands, add it here and pick it in {@link RenewAllBench#STRATEGY}.
 */
enum RenewAll {
    PER_ROW("every row's Renew: per-row RenewService on the app's 4 workers") {
        @Override
        void start(MainViewModel model) {
            model.libraries().forEach(library -> library.tokens().forEach(model::renew));
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
    abstract void start(MainViewModel model);
}
