package dev.smhtoken.ui.main;

import java.util.function.Function;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A token as the window shows it: the saved token plus what only the window knows (a renew in
 * flight, the last failure, whether the user revealed it). Changed on the FX thread only.
 */
public final class TokenEntry implements TreeEntry {
    private final LibraryEntry owner;
    private final String label;
    private final ReadOnlyObjectWrapper<Token> token;
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper(this, "gone");
    private final ReadOnlyBooleanWrapper renewing = new ReadOnlyBooleanWrapper(this, "renewing");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    /** The failure in any language, so that a switch of language can say it again; null without one. */
    private Function<Messages, String> failureText;
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");

    TokenEntry(LibraryEntry owner, Token token) {
        this.owner = owner;
        this.label = token.label();
        this.token = new ReadOnlyObjectWrapper<>(this, "token", token);
    }

    @Override
    public ReadOnlyBooleanProperty goneProperty() {
        return gone.getReadOnlyProperty();
    }

    @Override
    public void setGone(boolean value) {
        gone.set(value);
    }

    @Override
    public LibraryEntry owner() {
        return owner;
    }

    public String label() {
        return label;
    }

    public TokenRef ref() {
        return new TokenRef(owner.libraryId(), label);
    }

    public Token token() {
        return token.get();
    }

    public ReadOnlyObjectProperty<Token> tokenProperty() {
        return token.getReadOnlyProperty();
    }

    void setToken(Token value) {
        token.set(value);
    }

    public boolean isRenewing() {
        return renewing.get();
    }

    public ReadOnlyBooleanProperty renewingProperty() {
        return renewing.getReadOnlyProperty();
    }

    void setRenewing(boolean value) {
        renewing.set(value);
    }

    /** The last renew's failure as a sentence for the user, or null. */
    public String failure() {
        return failure.get();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Shows a failure ({@code why} says it in a language; null clears it), said now in {@code messages}. */
    void setFailure(Function<Messages, String> why, Messages messages) {
        failureText = why;
        failure.set(why == null ? null : why.apply(messages));
    }

    /** Says the failure shown again in another language. */
    void sayFailureIn(Messages messages) {
        if (failureText != null) {
            failure.set(failureText.apply(messages));
        }
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    @Override
    public String toString() {
        return "TokenEntry[" + ref() + "]";
    }
}
