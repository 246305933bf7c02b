package dev.smhtoken.ui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import dev.smhtoken.ui.common.CurrentThreadTaskExecutor;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.common.TokenClipboard;
import dev.smhtoken.ui.main.MainViewModel;
import dev.smhtoken.ui.main.TokenEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The finder's view model with no toolkit: the rows of the window's own list view model (shown from
 * a vault as a load shows it), the window's recent copies, and actions that record what they were
 * asked to copy.
 */
class FinderViewModelTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final TokenRef UPLOADER = new TokenRef("smhmkt0001", "uploader");
    private static final TokenRef MARKETING = new TokenRef("smhmkt0001", "default");
    private static final TokenRef PHOTOS = new TokenRef("smhpho0001", "default");
    private static final TokenRef ARCHIVE = new TokenRef("smharc0001", "reader");

    private final List<String> copiedFresh = new ArrayList<>();
    private final List<String> copiedAsIs = new ArrayList<>();
    private MainViewModel window;
    private FinderViewModel finder;

    @BeforeEach
    void showFourTokens() {
        window = new MainViewModel(new CurrentThreadTaskExecutor(), new NoClipboard(), new SimpleObjectProperty<>(NOW),
                new SimpleObjectProperty<>(Messages.forLocale(Locale.ENGLISH)), (title, body) -> { }, () -> false,
                ZoneOffset.UTC);
        window.show(vault(library("smhmkt0001", "Marketing assets", "default", "uploader"),
                library("smhpho0001", "Product photos", "default"),
                library("smharc0001", "Archive", "reader")));
        finder = new FinderViewModel(window.list().libraries(), window.recentCopies(), new FinderActions(
                entry -> copiedFresh.add(entry.ref().toString()), entry -> copiedAsIs.add(entry.ref().toString())));
    }

    @Test
    void anEmptyQueryShowsTheLatestCopiesFirstThenTheRest() {
        window.recentCopies().add(PHOTOS);
        window.recentCopies().add(UPLOADER);

        finder.open("");

        assertEquals(List.of(UPLOADER, PHOTOS, MARKETING, ARCHIVE), refs());
        assertEquals(List.of(true, true, false, false),
                finder.results().stream().map(FinderResult::copiedLately).toList());
        assertEquals(0, finder.selectedIndexProperty().get(), "the latest copy is chosen");
        assertEquals("Marketing assets / uploader", finder.results().get(0).title());
    }

    @Test
    void typingNarrowsToTheTokensThatMatchBestFirst() {
        finder.open("mkt");
        assertEquals(List.of(MARKETING, UPLOADER), refs(), "equal matches in the list's order");

        finder.queryProperty().set("mkt up");
        assertEquals(List.of(UPLOADER), refs());

        finder.queryProperty().set("up mkt");
        assertEquals(List.of(UPLOADER), refs(), "in any order");

        finder.queryProperty().set("smhpho");
        assertEquals(List.of(PHOTOS), refs(), "the LibraryId matches too");

        finder.queryProperty().set("zebra");
        assertEquals(List.of(), refs());
        assertEquals(-1, finder.selectedIndexProperty().get());
    }

    @Test
    void amongEqualMatchesTheLatestCopyComesFirst() {
        window.recentCopies().add(PHOTOS);
        finder.open("default");
        assertEquals(List.of(PHOTOS, MARKETING), refs());
    }

    @Test
    void theArrowsMoveTheChoiceAndStopAtTheEnds() {
        finder.open("");
        finder.move(1);
        finder.move(1);
        assertEquals(2, finder.selectedIndexProperty().get());
        finder.move(10);
        assertEquals(3, finder.selectedIndexProperty().get());
        finder.move(-10);
        assertEquals(0, finder.selectedIndexProperty().get());
        finder.queryProperty().set("arc");
        assertEquals(0, finder.selectedIndexProperty().get(), "a new query chooses its best match");
    }

    @Test
    void enterCopiesTheChosenTokenFreshAndCloses() {
        finder.open("mkt");
        finder.move(1);
        TokenRef chosen = finder.selected().orElseThrow().entry().ref();

        TokenEntry copied = finder.copyFresh().orElseThrow();

        assertEquals(chosen, copied.ref());
        assertEquals(List.of(chosen.toString()), copiedFresh);
        assertEquals(List.of(), copiedAsIs);
        assertFalse(finder.isOpen());
        assertEquals("", finder.queryProperty().get(), "the next opening starts blank");
        assertTrue(finder.results().isEmpty(), "no row is held once closed");
    }

    @Test
    void shiftEnterCopiesTheChosenTokenAsItIs() {
        finder.open("photos");
        finder.copyAsIs();
        assertEquals(List.of(PHOTOS.toString()), copiedAsIs);
        assertEquals(List.of(), copiedFresh);
    }

    @Test
    void withNothingChosenNothingIsCopiedAndTheFinderStaysOpen() {
        finder.open("zebra");
        assertTrue(finder.copyFresh().isEmpty());
        assertTrue(finder.copyAsIs().isEmpty());
        assertEquals(List.of(), copiedFresh);
        assertEquals(List.of(), copiedAsIs);
        assertTrue(finder.isOpen(), "the user can correct the query");
    }

    @Test
    void aReloadWhileOpenShowsWhatTheVaultHoldsNow() {
        finder.open("a");
        assertTrue(refs().contains(ARCHIVE));

        window.show(vault(library("smhmkt0001", "Marketing assets", "default", "uploader")));

        assertFalse(refs().contains(ARCHIVE), "a library removed by the command line is gone from the results");
        assertTrue(refs().contains(UPLOADER));
    }

    @Test
    void closedItFollowsNothing() {
        finder.open("a");
        finder.close();
        window.show(vault(library("smharc0001", "Archive", "reader")));
        assertTrue(finder.results().isEmpty());
        assertEquals(-1, finder.selectedIndexProperty().get());
    }

    private List<TokenRef> refs() {
        return finder.results().stream().map(result -> result.entry().ref()).toList();
    }

    private static Vault vault(Library... libraries) {
        return new Vault(List.of(libraries), Settings.DEFAULTS);
    }

    private static Library library(String id, String name, String... labels) {
        List<Token> tokens = new ArrayList<>();
        for (String label : labels) {
            tokens.add(new Token(label, AccessToken.of("acctk" + id + label + "0123456789abcdef"), NOW.plus(Duration.ofHours(3)),
                    NOW.minus(Duration.ofHours(21)), DAY, null, null));
        }
        return new Library(LibraryAddress.of(id, "http://127.0.0.1:9/"), name, tokens);
    }

    /** The view models never reach the clipboard here: the finder copies through its actions. */
    private static final class NoClipboard implements TokenClipboard {
        private final ReadOnlyObjectWrapper<Instant> clearsAt = new ReadOnlyObjectWrapper<>();

        @Override
        public void copy(AccessToken token, Instant expiresAt) {
            throw new AssertionError("the finder copied past its actions");
        }

        @Override
        public ReadOnlyObjectProperty<Instant> clearsAtProperty() {
            return clearsAt.getReadOnlyProperty();
        }

        @Override
        public void clearNow() {
            clearsAt.set(null);
        }
    }
}
