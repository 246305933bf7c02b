package dev.smhtoken.app;

import dev.smhtoken.instance.Summons;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Brings the window forward when a second launch summons it: de-iconified, shown if hidden, in
 * front and focused, with the finder open for {@link Summons#FIND}. The hand-over channel is bound
 * as soon as the data folder is claimed, which may be before the toolkit has started; a summons
 * that arrives before the window is {@link #attach attached} is kept (one of them: FIND wins) and
 * carried out when it is.
 *
 * <p>With {@code -Dsmh.bench.firstFrame=true} (the {@link FirstFrameReport} switch) it prints
 * {@code BROUGHT_FORWARD <summons> was-iconified=<bool> iconified=<bool> showing=<bool> <epoch micros>}
 * once done, so
 * the benchmark and the tests can time a second launch and see what it did from outside.
 */
final class FrontWindow implements Consumer<Summons> {
    private Stage stage;
    private Runnable openFinder;
    private Summons pending;

    /** The window to bring forward, and how to open its finder; on the FX thread, once the stage shows. */
    synchronized void attach(Stage window, Runnable finder) {
        this.stage = window;
        this.openFinder = finder;
        if (pending != null) {
            Summons early = pending;
            pending = null;
            Platform.runLater(() -> bringForward(early));
        }
    }

    /** Called on the listener's thread: hands the work to the FX thread and returns at once. */
    @Override
    public synchronized void accept(Summons summons) {
        if (stage == null) {
            pending = pending == Summons.FIND ? Summons.FIND : summons;
            return;
        }
        Platform.runLater(() -> bringForward(summons));
    }

    private void bringForward(Summons summons) {
        Stage window;
        Runnable finder;
        synchronized (this) {
            window = stage;
            finder = openFinder;
        }
        boolean wasIconified = window.isIconified();
        if (!window.isShowing()) {
            window.show();
        }
        window.setIconified(false);
        window.toFront();
        window.requestFocus();
        if (summons == Summons.FIND) {
            finder.run();
        }
        if (Boolean.getBoolean(FirstFrameReport.PROPERTY)) {
            Instant now = Instant.now();
            System.out.println("BROUGHT_FORWARD " + summons + " was-iconified=" + wasIconified
                    + " iconified=" + window.isIconified() + " showing="
                    + window.isShowing() + " " + (now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000));
        }
    }
}
