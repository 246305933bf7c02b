package dev.smhtoken.ui.main;

import static dev.smhtoken.ui.main.WindowModels.LIBRARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.TokenRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token list's view model without the toolkit: the filter and the order it keeps for the list
 * (applied by the list's tree, which runs without a screen too), and rows that survive a reload.
 */
class TokenListViewModelTest {
    @TempDir
    Path dir;
    private WindowModels window;
    private TreeSync tree;

    @BeforeEach
    void open() {
        window = new WindowModels(dir);
        window.seed(Map.of("alpha", Duration.ofHours(1), "beta", Duration.ofHours(2), "gamma", Duration.ofHours(3)));
        window.store.update(vault -> vault.withLibrary(new Library(LibraryAddress.of("smhother2", null),
                "Production photos", List.of())));
        window.open();
        TokenListViewModel list = window.model.list();
        tree = new TreeSync(list.libraries(), () -> window.clock.instant(), Runnable::run);
        list.filterProperty().addListener((obs, was, text) -> tree.setFilter(text));
        list.orderProperty().addListener((obs, was, order) -> tree.setOrder(order));
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theFilterShowsWhatMatchesAndBlankShowsAll() {
        TokenListViewModel list = window.model.list();
        assertEquals(List.of("Model test: alpha, beta, gamma", "Production photos: "), shown());

        list.filterProperty().set("ET");
        assertEquals(List.of("Model test: beta"), shown());

        list.filterProperty().set("production");
        assertEquals(List.of("Production photos: "), shown(), "a library matches by its name");

        list.filterProperty().set(LIBRARY);
        assertEquals(List.of("Model test: alpha, beta, gamma"), shown(), "and by its LibraryId, with all its tokens");

        list.filterProperty().set("  ");
        assertEquals(2, shown().size());
    }

    @Test
    void theOrderIsKeptInTheModel() {
        TokenListViewModel list = window.model.list();
        assertEquals(TreeOrder.TIME_LEFT, list.orderProperty().get());
        list.orderProperty().set(TreeOrder.NAME);
        assertEquals(List.of("Model test: alpha, beta, gamma", "Production photos: "), shown());
    }

    @Test
    void aReloadKeepsTheRowsThatStillExist() {
        TokenEntry alpha = window.row("alpha");
        window.store.update(vault -> vault.withoutToken(new TokenRef(LIBRARY, "gamma")));
        window.model.reload();

        assertSame(alpha, window.row("alpha"), "the same row: its renew in flight and selection stay");
        assertEquals(2, window.model.list().libraries().get(0).tokens().size());
        assertTrue(window.model.list().loadedProperty().get());
    }

    private List<String> shown() {
        return tree.root().getChildren().stream().map(item -> ((LibraryEntry) item.getValue()).library().name() + ": "
                + String.join(", ", item.getChildren().stream().map(TreeItem::getValue)
                .map(t -> ((TokenEntry) t).label()).toList())).toList();
    }
}
