package dev.smhtoken.ui.main;

import static dev.smhtoken.ui.main.WindowModels.DAY;
import static dev.smhtoken.ui.main.WindowModels.LIBRARY;
import static dev.smhtoken.ui.main.WindowModels.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.ui.common.Messages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail pane's view model without the toolkit: every word from the bundles, in both languages. */
class DetailsViewModelTest {
    @TempDir
    Path dir;
    private WindowModels window;

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void aGeneratedTokenIsDescribedInTheWindowsLanguage() throws Exception {
        window = new WindowModels(dir);
        GenerateOptions origin = new GenerateOptions(Duration.ofMinutes(90), "admin", "u1", "c1", null);
        Token token = new Token("made", AccessToken.of(window.emulator.issueToken(LIBRARY, DAY, START.plus(DAY))),
                START.plus(DAY), START, Duration.ofMinutes(90), origin, null);
        window.store.update(vault -> vault.withLibrary(new Library(
                LibraryAddress.of(LIBRARY, window.emulator.baseUri().toString()), "Detail test", List.of(token))));
        window.open();
        DetailsViewModel details = window.model.details();
        assertTrue(details.lines().isEmpty(), "nothing selected, nothing shown");

        details.selectedProperty().set(window.row("made"));

        assertEquals(List.of(
                new DetailsViewModel.Line("Library", "Detail test (" + LIBRARY + ")"),
                new DetailsViewModel.Line("Host", window.emulator.baseUri().toString()),
                new DetailsViewModel.Line("Label", "made"),
                new DetailsViewModel.Line("Expires (at least)", "2026-01-06 10:00:00"),
                new DetailsViewModel.Line("Period", "90 min"),
                new DetailsViewModel.Line("Origin", "generated, grant admin, user u1, client c1"),
                new DetailsViewModel.Line("Auto-renew", "off")), details.lines());

        window.model.actions().renew(window.row("made"));
        window.runRenews(() -> !window.row("made").isRenewing());
        assertEquals(1, details.history().size());
        assertTrue(details.history().get(0).contains("Renewed → 2026-01-06 10:00:00"), details.history().get(0));

        window.language.set(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        // The renew took the period SMH answered with.
        assertEquals(new DetailsViewModel.Line("有效期", "24 小时"), details.lines().get(4));
        assertEquals(new DetailsViewModel.Line("来源", "生成，权限 admin，用户 u1，客户端 c1"), details.lines().get(5));
        assertEquals(new DetailsViewModel.Line("媒体库", "Detail test（" + LIBRARY + "）"), details.lines().get(0));
    }

    @Test
    void periodsAreSaidInTheirLargestWholeUnit() {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        assertEquals("24 h", DetailsViewModel.period(Duration.ofHours(24), english));
        assertEquals("90 min", DetailsViewModel.period(Duration.ofMinutes(90), english));
        assertEquals("3601 s", DetailsViewModel.period(Duration.ofSeconds(3601), english));
        assertEquals("2 小时", DetailsViewModel.period(Duration.ofHours(2), Messages.forLocale(Locale.SIMPLIFIED_CHINESE)));
    }
}
