package dev.smhtoken.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Settings;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenEvent;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.ui.common.CurrentThreadTaskExecutor;
import dev.smhtoken.ui.common.Messages;
import dev.smhtoken.ui.notify.DesktopNotifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tray's tooltip, badge, recent copies and the reminder while locked, on a fixed clock without a toolkit. */
class TrayViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private final List<String> notified = new ArrayList<>();
    private final DesktopNotifier notifier = (title, body) -> notified.add(title + " | " + body);
    private Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final TrayViewModel model = new TrayViewModel(new CurrentThreadTaskExecutor(), notifier, () -> messages);

    @Test
    void tooltipCountsTheTokensAndNamesTheSoonestExpiry() {
        List<TraySummary.Row> rows = List.of(
                row("smh1", "a", NOW.plus(Duration.ofHours(20)), false),
                row("smh1", "b", NOW.plus(Duration.ofHours(2)).plus(Duration.ofMinutes(10)).plusSeconds(30), false),
                row("smh2", "default", NOW.plus(Duration.ofDays(2)), false));

        model.tick(NOW, () -> rows, false, Settings.DEFAULTS);

        TraySummary summary = model.summaryProperty().get();
        assertEquals("3 tokens · next expires in 2h 10m", summary.tooltip());
        // 2h 10m of a 24-hour period is under a tenth of it: the badge says expiring.
        assertEquals(TrayStatus.EXPIRING, summary.status());
        messages = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        model.refreshSoon();
        model.tick(NOW.plusSeconds(1), () -> rows, false, Settings.DEFAULTS);
        assertEquals("3 个令牌 · 最早的 2小时 10分 后过期", model.summaryProperty().get().tooltip());
    }

    @Test
    void theBadgeShowsExpiringThenFailed() {
        List<TraySummary.Row> expiring = List.of(row("smh1", "a", NOW.plus(Duration.ofMinutes(30)), false),
                row("smh1", "b", NOW.plus(Duration.ofHours(20)), false));
        model.tick(NOW, () -> expiring, false, Settings.DEFAULTS);
        assertEquals(TrayStatus.EXPIRING, model.summaryProperty().get().status());

        List<TraySummary.Row> failed = List.of(row("smh1", "a", NOW.minusSeconds(5), true),
                row("smh1", "b", NOW.plus(Duration.ofHours(20)), false));
        // Not looked at again before the refresh interval is over...
        model.tick(NOW.plusSeconds(5), () -> failed, false, Settings.DEFAULTS);
        assertEquals(TrayStatus.EXPIRING, model.summaryProperty().get().status());
        // ...then it is.
        model.tick(NOW.plus(TrayViewModel.REFRESH), () -> failed, false, Settings.DEFAULTS);
        TraySummary summary = model.summaryProperty().get();
        assertEquals(TrayStatus.FAILED, summary.status());
        assertEquals("2 tokens · 1 has expired · 1 failed to renew", summary.tooltip());
    }

    @Test
    void copyFreshOffersTheFiveTokensCopiedMostRecentlyNewestFirst() {
        List<TraySummary.Row> rows = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            rows.add(copied("smh" + i, NOW.minus(Duration.ofMinutes(10 - i))));
        }
        rows.add(row("smh9", "never", NOW.plus(DAY), false));

        model.tick(NOW, () -> rows, false, Settings.DEFAULTS);

        List<RecentCopy> recent = model.summaryProperty().get().recent();
        assertEquals(List.of("smh6", "smh5", "smh4", "smh3", "smh2"),
                recent.stream().map(r -> r.ref().libraryId()).toList());
        assertEquals("Library smh6 · default", recent.get(0).name());
        assertEquals(TrayStatus.NORMAL, model.summaryProperty().get().status());
    }

    @Test
    void lockedSaysSoAndAsksOnceToUnlockWithinTheWarningLeadOfTheSoonestExpiry() {
        Instant soonest = NOW.plus(Duration.ofHours(1));
        List<TraySummary.Row> rows = List.of(row("smh1", "a", soonest, false),
                row("smh1", "b", NOW.plus(Duration.ofHours(20)), false));
        Settings settings = Settings.DEFAULTS; // warning lead 15 minutes
        model.tick(NOW, () -> rows, false, settings);

        // Locked: the rows are gone (the tray never reads them again) and auto-renew pauses.
        model.tick(NOW.plusSeconds(1), () -> {
            throw new AssertionError("a locked vault's rows are not read");
        }, true, settings);
        TraySummary locked = model.summaryProperty().get();
        assertEquals(TrayStatus.LOCKED, locked.status());
        assertEquals("SMH Token Manager · locked: auto-renew is paused until you unlock", locked.tooltip());
        assertTrue(locked.recent().isEmpty(), "no token names offered while locked");

        model.tick(soonest.minus(Duration.ofMinutes(16)), List::of, true, settings);
        assertTrue(notified.isEmpty(), "too early: " + notified);
        model.tick(soonest.minus(Duration.ofMinutes(15)), List::of, true, settings);
        assertEquals(List.of("SMH Token Manager is locked | Tokens are not renewed while the vault is locked, and the"
                + " next one expires in 15m. Unlock it from the tray (Show) to keep it valid."), notified);
        model.tick(soonest.minus(Duration.ofMinutes(5)), List::of, true, settings);
        assertEquals(1, notified.size(), "asked once: " + notified);
    }

    @Test
    void lockedWithNothingKnownAsksNothing() {
        model.tick(NOW, List::of, true, Settings.DEFAULTS);
        model.tick(NOW.plus(DAY), List::of, true, Settings.DEFAULTS);
        assertEquals(TrayStatus.LOCKED, model.summaryProperty().get().status());
        assertNull(model.summaryProperty().get().soonestExpiry());
        assertTrue(notified.isEmpty());
    }

    private static TraySummary.Row row(String library, String label, Instant expiresAt, boolean failed) {
        Token token = new Token(label, AccessToken.of("acctk-" + library + "-" + label), expiresAt,
                expiresAt.minus(DAY), DAY, null, null);
        return new TraySummary.Row(new TokenRef(library, label), "Library " + library, token, failed);
    }

    private static TraySummary.Row copied(String library, Instant at) {
        TraySummary.Row plain = row(library, "default", NOW.plus(DAY), false);
        Token token = plain.token().withEvent(TokenEvent.of(at, TokenEvent.Kind.COPIED, null));
        return new TraySummary.Row(plain.ref(), plain.libraryName(), token, false);
    }
}
