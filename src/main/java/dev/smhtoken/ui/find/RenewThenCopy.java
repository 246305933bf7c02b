package dev.smhtoken.ui.find;

import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.main.RowActions;
import dev.smhtoken.ui.main.TokenEntry;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The finder's Enter until the rows have a copy fresh of their own: asks for a renew through the
 * row's Renew, and once the row shows its result copies the token the row then holds (the value
 * SMH answered). A renew that fails copies nothing: the row says why, as after a click on Renew.
 */
final class RenewThenCopy implements Consumer<TokenEntry> {
    private final RowActions rows;
    private final TaskExecutor tasks;

    RenewThenCopy(RowActions rows, TaskExecutor tasks) {
        this.rows = rows;
        this.tasks = tasks;
    }

    @Override
    public void accept(TokenEntry entry) {
        rows.renew(entry);
        if (!entry.isRenewing()) {
            return; // refused at once (a revoked token, a locked vault): the row says why
        }
        entry.renewingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> renewing, Boolean was, Boolean now) {
                if (!now) {
                    renewing.removeListener(this);
                    // The row ends its renew before it takes the new token and the failure: look after that.
                    tasks.onUiThread(() -> {
                        if (entry.failure() == null) {
                            rows.copy(entry);
                        }
                    });
                }
            }
        });
    }
}
