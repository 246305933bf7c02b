package dev.smhtoken.ui.unlock;

import dev.smhtoken.token.VaultGate;
import dev.smhtoken.token.VaultUnreadableException;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.common.UserMessages;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The way into the vault as the window asks it: create a master password, unlock, or repair an
 * unreadable vault from a backup. Key derivation takes about half a second, so every step runs on
 * a worker; passwords are {@code char[]} and handed over to the gate, which wipes them.
 */
public final class UnlockViewModel {
    /** What the view asks for. */
    public enum Mode { CREATE, UNLOCK, REPAIR }

    private final VaultGate gate;
    private final TaskExecutor tasks;
    private final Consumer<VaultGate.OpenVault> onOpened;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.UNLOCK);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Supplier<Messages> language;

    /** @param language the texts the window speaks now */
    public UnlockViewModel(VaultGate gate, TaskExecutor tasks, Consumer<VaultGate.OpenVault> onOpened,
                           Supplier<Messages> language) {
        this.gate = gate;
        this.tasks = tasks;
        this.onOpened = onOpened;
        this.language = language;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** For {@link Mode#REPAIR}: what is wrong with the vault. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Shows what {@code status} calls for. */
    public void ask(VaultGate.Status status) {
        error.set(null);
        problem.set(status.problem() == null ? null : language.get().sentence(status.problem()));
        mode.set(switch (status.state()) {
            case NEW -> Mode.CREATE;
            case UNREADABLE -> Mode.REPAIR;
            case NEEDS_PASSWORD, OPENS_BY_ITSELF -> Mode.UNLOCK;
        });
    }

    /** Offers to restore a backup of a vault that failed to open; {@code sentence} says why. */
    public void askToRepair(String sentence) {
        error.set(null);
        problem.set(sentence);
        mode.set(Mode.REPAIR);
    }

    /** Creates the vault protected by {@code password}, once {@code confirmation} matches it. */
    public void create(char[] password, char[] confirmation) {
        boolean same = Arrays.equals(password, confirmation);
        Arrays.fill(confirmation, '\0');
        if (!same) {
            Arrays.fill(password, '\0');
            error.set(language.get().get("unlock.passwordsDiffer"));
            return;
        }
        run(() -> gate.create(password));
    }

    public void unlock(char[] password) {
        run(() -> gate.open(password));
    }

    /** Restores the newest good backup, then opens it with the same password. */
    public void restore(char[] password) {
        char[] forOpening = password.clone();
        busy.set(true);
        error.set(null);
        tasks.run(() -> {
            gate.restoreNewestGoodBackup(password);
            return gate.open(forOpening);
        }, vault -> opened(vault), this::failed);
    }

    private void run(Callable<VaultGate.OpenVault> opening) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set(null);
        tasks.run(() -> {
            try {
                return opening.call();
            } catch (VaultUnreadableException e) {
                return e;
            }
        }, this::opened, this::failed);
    }

    /** Either the open vault, or the damage found once the key was known (then a backup may help). */
    private void opened(Object outcome) {
        busy.set(false);
        if (outcome instanceof VaultUnreadableException damaged) {
            ask(new VaultGate.Status(VaultGate.State.UNREADABLE, damaged.userText(), false));
        } else {
            onOpened.accept((VaultGate.OpenVault) outcome);
        }
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(UserMessages.of(failure, language.get()));
    }
}
