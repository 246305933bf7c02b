package dev.smhtoken.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * The tree's order while many tokens are renewed: rows stay put while the order is held (a
 * renew-all), new rows still show, and one sort puts everything in place on release.
 */
class TreeSyncTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    private final List<Runnable> later = new ArrayList<>();
    private final ObservableList<LibraryEntry> libraries = FXCollections.observableArrayList();
    private final LibraryEntry library = new LibraryEntry(new Library(LibraryAddress.of("smhtree1", null), "Tree",
            List.of()));
    private final TreeSync tree;

    TreeSyncTest() {
        library.tokens().addAll(row("a", 1), row("b", 2), row("c", 3));
        libraries.add(library);
        tree = new TreeSync(libraries, () -> NOW, later::add);
    }

    @Test
    void aRenewedTokenMovesToItsPlaceByTimeLeft() {
        assertEquals(List.of("a", "b", "c"), shown());

        renew("a");
        runLater();

        assertEquals(List.of("b", "c", "a"), shown());
    }

    @Test
    void whileTheOrderIsHeldRenewedTokensStayAndReleaseSortsOnce() {
        tree.holdOrder(true);
        renew("a");
        renew("b");
        runLater();
        assertEquals(List.of("a", "b", "c"), shown(), "rows stay put during the run");

        library.tokens().add(row("d", 4));
        runLater();
        assertEquals(4, shown().size(), "a new token shows at once even while held");

        tree.holdOrder(false);
        runLater();
        assertEquals(List.of("c", "d", "a", "b"), shown());
    }

    @Test
    void tokensRenewedWithinOneMillisecondKeepTheOrderTheyWereRenewedIn() {
        Instant renewedAt = NOW.plusMillis(5);
        setExpiry("c", renewedAt.plus(DAY));
        setExpiry("b", renewedAt.plus(DAY).plusNanos(300_000));
        setExpiry("a", renewedAt.plus(DAY).plusNanos(600_000));
        runLater();

        assertEquals(List.of("c", "b", "a"), shown(), "by expiry to the nanosecond, not by label");
    }

    @Test
    void releasingWithoutChangesSortsNothing() {
        tree.holdOrder(true);
        tree.holdOrder(false);
        assertEquals(0, later.size());
    }

    private void renew(String label) {
        setExpiry(label, NOW.plus(DAY).plusSeconds(label.charAt(0)));
    }

    private void setExpiry(String label, Instant expiresAt) {
        TokenEntry entry = library.tokens().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
        entry.setToken(new Token(label, entry.token().value(), expiresAt, expiresAt.minus(DAY), DAY, null, null));
    }

    private TokenEntry row(String label, int hoursLeft) {
        Instant expiresAt = NOW.plus(Duration.ofHours(hoursLeft));
        return new TokenEntry(library, new Token(label, AccessToken.of("acctk-" + label + "-0123456789"), expiresAt,
                expiresAt.minus(DAY), DAY, null, null));
    }

    private void runLater() {
        while (!later.isEmpty()) {
            later.remove(0).run();
        }
    }

    private List<String> shown() {
        TreeItem<TreeEntry> libraryItem = tree.root().getChildren().get(0);
        return libraryItem.getChildren().stream().map(item -> ((TokenEntry) item.getValue()).label()).toList();
    }
}
