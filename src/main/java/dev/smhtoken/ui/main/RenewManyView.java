package dev.smhtoken.ui.main;

import dev.smhtoken.token.RenewMany;
import dev.smhtoken.ui.common.DialogService;
import dev.smhtoken.ui.common.Fxml;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.Visible;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Renew-many's banner (progress and cancel while a run goes on) and its failure report at the end. */
final class RenewManyView {
    private final RenewManyViewModel model;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final Parent root;
    private final ChangeListener<RenewMany.Report> showReport = (obs, was, report) -> showReport(report);
    /** Whether the failure report's classes were loaded ahead, on a worker (once is enough). */
    private boolean reportClassesLoaded;

    @FXML private HBox progressBanner;
    @FXML private ProgressBar renewManyBar;
    @FXML private Label renewManyText;

    RenewManyView(Fxml fxml, RenewManyViewModel model, DialogService dialogs, TaskExecutor tasks) {
        this.model = model;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.root = fxml.load("renew-many.fxml", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Visible.when(progressBanner, model.running());
        renewManyText.textProperty().bind(model.progressProperty());
        renewManyBar.progressProperty().bind(Bindings.createDoubleBinding(() -> {
            var run = model.runProperty().get();
            return run == null || run.total() == 0 ? 0 : (double) run.completed() / run.total();
        }, model.progressProperty(), model.runProperty()));
        model.lastReportProperty().addListener(showReport);
    }

    /** Starts a run; the first one also has the failure report's classes loaded on a worker meanwhile. */
    void start(RenewMany.Scope scope) {
        if (!reportClassesLoaded) {
            reportClassesLoaded = true;
            tasks.runQuietly(() -> {
                FailureReport.loadClassesAhead();
                return null;
            });
        }
        model.start(scope);
    }

    @FXML
    private void onCancelRenewMany() {
        model.cancel();
    }

    /** Stops following the view model, which outlives this view (a new language builds another). */
    void dispose() {
        model.lastReportProperty().removeListener(showReport);
    }

    private void showReport(RenewMany.Report report) {
        if (report != null) {
            FailureReport.show(dialogs, report);
        }
    }
}
