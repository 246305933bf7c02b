package dev.smhtoken.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The tree's order while the rows are held (the pointer on the list, a renew-all): rows stay put,
 * removed ones stay greyed, new ones show only where they move nothing, and one sort puts
 * everything in place on release; sorting or filtering on purpose shows everything at once.
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
    void whileHeldARemovedRowStaysGreyedWhereItWasUntilTheRelease() {
        TokenEntry b = token("b");
        tree.holdOrder(true);
        library.tokens().remove(b);
        runLater();
        assertEquals(List.of("a", "b", "c"), shown(), "the removed row keeps its line");
        assertTrue(b.goneProperty().get(), "and is greyed out as gone");

        tree.holdOrder(false);
        runLater();
        assertEquals(List.of("a", "c"), shown());
    }

    @Test
    void whileHeldANewTokenOfALibraryAboveOthersWaitsAndANewLibraryComesLast() {
        LibraryEntry other = new LibraryEntry(new Library(LibraryAddress.of("smhtree2", null), "Zulu", List.of()));
        other.tokens().add(row(other, "z", 5));
        libraries.add(other);
        runLater();
        assertEquals(List.of("smhtree1", "smhtree2"), shownLibraries());
        tree.holdOrder(true);

        library.tokens().add(row("a0", 0)); // first by time left, in the first library: it would push all rows down
        LibraryEntry urgent = new LibraryEntry(new Library(LibraryAddress.of("smhtree0", null), "Alpha", List.of()));
        urgent.tokens().add(row(urgent, "u", 0));
        libraries.add(urgent); // first by time left too
        runLater();
        assertEquals(List.of("a", "b", "c"), shown(), "the new token waits: showing it would move the rows below");
        assertEquals(List.of("smhtree1", "smhtree2", "smhtree0"), shownLibraries(), "the new library comes last");

        tree.holdOrder(false);
        assertEquals(List.of("smhtree0", "smhtree1", "smhtree2"), shownLibraries(), "the release sorts at once");
        assertEquals(List.of("a0", "a", "b", "c"), shown());
    }

    @Test
    void filteringOnPurposeShowsEverythingAtOnceEvenWhileHeld() {
        tree.holdOrder(true);
        renew("a");
        runLater();
        assertEquals(List.of("a", "b", "c"), shown());

        tree.setFilter("a");
        assertEquals(List.of("a"), shown());
        tree.setFilter("");
        assertEquals(List.of("b", "c", "a"), shown(), "the filter showed the order of now");
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

    private TokenEntry token(String label) {
        return library.tokens().stream().filter(t -> t.label().equals(label)).findFirst().orElseThrow();
    }

    private List<String> shownLibraries() {
        return tree.root().getChildren().stream().map(item -> ((LibraryEntry) item.getValue()).libraryId()).toList();
    }

    private TokenEntry row(String label, int hoursLeft) {
        return row(library, label, hoursLeft);
    }

    private static TokenEntry row(LibraryEntry owner, String label, int hoursLeft) {
        Instant expiresAt = NOW.plus(Duration.ofHours(hoursLeft));
        return new TokenEntry(owner, new Token(label, AccessToken.of("acctk-" + label + "-0123456789"), expiresAt,
                expiresAt.minus(DAY), DAY, null, null));
    }

    private void runLater() {
        while (!later.isEmpty()) {
            later.remove(0).run();
        }
    }

    private List<String> shown() {
        TreeItem<TreeEntry> libraryItem = tree.itemOf(library);
        return libraryItem.getChildren().stream().map(item -> ((TokenEntry) item.getValue()).label()).toList();
    }
}
