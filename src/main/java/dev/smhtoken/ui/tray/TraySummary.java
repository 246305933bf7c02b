package dev.smhtoken.ui.tray;

import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenEvent;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.TokenState;
import dev.smhtoken.ui.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the tray says about the tokens at one moment: its icon, its tooltip ("3 tokens · next
 * expires in 2h 10m") and the tokens copied most recently, for its "Copy fresh" menu. Worked out
 * from the rows in memory; holds no token value.
 *
 * @param soonestExpiry the soonest expiry still ahead, or null: remembered when the vault locks
 */
public record TraySummary(TrayStatus status, String tooltip, Instant soonestExpiry, List<RecentCopy> recent) {
    /** How many recently copied tokens the menu offers. */
    public static final int RECENT = 5;

    /** A row as the tray reads it: the token, where it lives, and whether its last renew failed. */
    public record Row(TokenRef ref, String libraryName, Token token, boolean failed) {
    }

    public TraySummary {
        recent = List.copyOf(recent);
    }

    static TraySummary starting(Messages messages) {
        return new TraySummary(TrayStatus.NORMAL, messages.get("tray.tooltip.starting"), null, List.of());
    }

    static TraySummary locked(Messages messages, Instant soonestKnown) {
        return new TraySummary(TrayStatus.LOCKED, messages.get("tray.tooltip.locked"), soonestKnown, List.of());
    }

    static TraySummary of(List<Row> rows, Instant now, Messages messages) {
        int count = 0;
        int expired = 0;
        int failed = 0;
        boolean expiring = false;
        Instant soonest = null;
        for (Row row : rows) {
            Token token = row.token();
            TokenState state = token.state(now);
            if (state == TokenState.REVOKED) {
                continue;
            }
            count++;
            failed += row.failed() ? 1 : 0;
            expired += state == TokenState.EXPIRED ? 1 : 0;
            expiring |= state == TokenState.EXPIRING || state == TokenState.EXPIRED;
            if (state != TokenState.EXPIRED && token.expiresAt() != null
                    && (soonest == null || token.expiresAt().isBefore(soonest))) {
                soonest = token.expiresAt();
            }
        }
        String tooltip;
        if (count == 0) {
            tooltip = messages.get("tray.tooltip.empty");
        } else if (expired > 0) {
            tooltip = messages.format("tray.tooltip.expired", count, expired);
        } else if (soonest == null) {
            tooltip = messages.format("tray.tooltip.unknown", count);
        } else {
            tooltip = messages.format("tray.tooltip.next", count, inWords(Duration.between(now, soonest), messages));
        }
        if (failed > 0) {
            tooltip += messages.format("tray.tooltip.failed", failed);
        }
        TrayStatus status = failed > 0 ? TrayStatus.FAILED : expiring ? TrayStatus.EXPIRING : TrayStatus.NORMAL;
        return new TraySummary(status, tooltip, soonest, recentCopies(rows));
    }

    /** "2h 10m": minutes are enough for a tooltip read at a glance (and it changes once a minute, not each second). */
    static String inWords(Duration left, Messages messages) {
        long minutes = Math.max(1, left.toMinutes());
        if (minutes >= 24 * 60) {
            return messages.format("tray.duration.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
        }
        if (minutes >= 60) {
            return messages.format("tray.duration.hours", minutes / 60, minutes % 60);
        }
        return messages.format("tray.duration.minutes", minutes);
    }

    /** The tokens with the latest "copied" events in their history, newest first. */
    private static List<RecentCopy> recentCopies(List<Row> rows) {
        record Copied(Row row, Instant at) {
        }
        List<Copied> copied = new ArrayList<>();
        for (Row row : rows) {
            if (row.token().revokedAt() != null) {
                continue;
            }
            List<TokenEvent> history = row.token().history();
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.get(i).kind() == TokenEvent.Kind.COPIED) {
                    copied.add(new Copied(row, history.get(i).at()));
                    break;
                }
            }
        }
        return copied.stream().sorted(Comparator.comparing(Copied::at).reversed()).limit(RECENT)
                .map(c -> new RecentCopy(c.row().ref(), c.row().libraryName() + " · " + c.row().ref().label()))
                .toList();
    }
}
