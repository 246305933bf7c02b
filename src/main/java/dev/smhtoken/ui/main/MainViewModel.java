package dev.smhtoken.ui.main;

import dev.smhtoken.token.Library;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.Vault;
import dev.smhtoken.ui.common.Background;
import dev.smhtoken.ui.common.FxThread;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.SecretClipboard;
import dev.smhtoken.ui.common.UserMessages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state and actions, without any control: the libraries and their token rows,
 * loading, renewing, copying and the status line. Blocking work goes to the worker pool; results
 * come back and change state on the FX thread only.
 */
public final class MainViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private final Background background;
    private final SecretClipboard clipboard;
    private final Messages messages;
    private final ObservableList<LibraryEntry> libraries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(this, "demo");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings", Settings.DEFAULTS);
    private final Map<TokenEntry, RenewService> renewals = new HashMap<>();
    private TokenUseCases useCases;

    public MainViewModel(TokenUseCases useCases, Background background, SecretClipboard clipboard, Messages messages) {
        this.useCases = useCases;
        this.background = background;
        this.clipboard = clipboard;
        this.messages = messages;
    }

    public ObservableList<LibraryEntry> libraries() {
        return libraries;
    }

    /** False until the first load finished: the start view must not flash before the vault is read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** The settings saved in the vault shown now. */
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public TokenUseCases useCases() {
        return useCases;
    }

    /** Reads the vault on a worker and shows what it holds. */
    public void reload() {
        if (useCases == null) {
            return;
        }
        perform(() -> useCases.catalog().load(), this::show, null);
    }

    /** Moves the window onto another vault (the demo's); rows of the old one are dropped. */
    public void switchTo(TokenUseCases other, boolean isDemo) {
        FxThread.check();
        useCases = other;
        renewals.clear();
        libraries.clear();
        demo.set(isDemo);
        reload();
    }

    /** Drops every row and the tokens in them (the vault was locked); {@link #switchTo} brings them back. */
    public void forget() {
        FxThread.check();
        useCases = null;
        renewals.clear();
        libraries.clear();
        loaded.set(false);
    }

    /** Renews a token in the background; a second call while one runs sends nothing. */
    public void renew(TokenEntry entry) {
        FxThread.check();
        if (entry.token().revokedAt() != null) {
            entry.setFailure(messages.format("renew.revoked", entry.ref()));
            return;
        }
        RenewService service = renewals.computeIfAbsent(entry, this::newRenewService);
        if (service.isRunning()) {
            return;
        }
        entry.setFailure(null);
        service.restart();
    }

    /** Copies the token; it leaves the clipboard again after the timeout. */
    public void copy(TokenEntry entry) {
        FxThread.check();
        Token token = entry.token();
        clipboard.copy(token.value(), token.expiresAt());
        setStatus(messages.format("status.copied", entry.ref()));
    }

    public void removeToken(TokenEntry entry) {
        perform(() -> {
            useCases.catalog().removeToken(entry.ref());
            return useCases.catalog().load();
        }, vault -> {
            show(vault);
            setStatus(messages.format("status.removedToken", entry.ref()));
        }, null);
    }

    public void removeLibrary(LibraryEntry entry) {
        perform(() -> {
            useCases.catalog().removeLibrary(entry.libraryId());
            return useCases.catalog().load();
        }, vault -> {
            show(vault);
            setStatus(messages.format("status.removedLibrary", entry.library().name()));
        }, null);
    }

    /**
     * Runs a change on a worker and then shows the saved vault. {@code onFailure} (may be null) gets
     * the sentence; without it, the sentence goes to the status line.
     */
    public <T> void perform(Callable<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        background.run(work, onSuccess, onFailure != null ? onFailure : this::setStatus);
    }

    /** Shows a saved vault, keeping the rows (and their renews in flight) that still exist. */
    public void show(Vault vault) {
        FxThread.check();
        Map<String, LibraryEntry> known = new HashMap<>();
        libraries.forEach(l -> known.put(l.libraryId(), l));
        List<LibraryEntry> shown = new ArrayList<>(vault.libraries().size());
        for (Library library : vault.libraries()) {
            LibraryEntry entry = known.computeIfAbsent(library.id(), id -> new LibraryEntry(library));
            entry.setLibrary(library);
            showTokens(entry, library);
            shown.add(entry);
        }
        if (!shown.equals(libraries)) {
            libraries.setAll(shown);
        }
        settings.set(vault.settings());
        loaded.set(true);
    }

    public void setStatus(String text) {
        FxThread.check();
        status.set(text == null ? "" : text);
    }

    private void showTokens(LibraryEntry entry, Library library) {
        Map<String, TokenEntry> known = new HashMap<>();
        entry.tokens().forEach(t -> known.put(t.label(), t));
        List<TokenEntry> shown = new ArrayList<>(library.tokens().size());
        for (Token token : library.tokens()) {
            TokenEntry row = known.computeIfAbsent(token.label(), label -> new TokenEntry(entry, token));
            if (!row.isRenewing()) {
                row.setToken(token);
            }
            shown.add(row);
        }
        if (!shown.equals(entry.tokens())) {
            entry.tokens().setAll(shown);
        }
    }

    private RenewService newRenewService(TokenEntry entry) {
        RenewService service = new RenewService(useCases.renewal(), entry.ref(), background.workers());
        service.runningProperty().addListener((obs, was, running) -> entry.setRenewing(running));
        service.setOnSucceeded(e -> {
            entry.setToken(service.getValue());
            LOG.debug("renewed {}, expires {}", entry.ref(), service.getValue().expiresAt());
            setStatus(messages.format("status.renewed", entry.ref()));
        });
        service.setOnFailed(e -> {
            String sentence = UserMessages.of(service.getException());
            entry.setFailure(sentence);
            LOG.debug("renew of {} failed: {}", entry.ref(), sentence);
            setStatus(entry.ref() + ": " + sentence);
        });
        return service;
    }
}
