package dev.smhtoken.cli;

import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "copy", description = {"Put the token on the clipboard and wait, then clear it (as the window does):",
    "after the clipboard timeout of the vault's settings (30 s unless changed), never after the token expires,"
        + " and at once on Ctrl+C. Something copied meanwhile is left alone."})
final class CopyCommand implements Callable<Integer> {
    static final String NO_CLIPBOARD = "No clipboard is available here (no display): use"
            + " `smh-token-manager token REF` in a pipe instead.";

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "REF", description = "LIBRARY_ID, or LIBRARY_ID/LABEL when it has several tokens.")
    private String ref;

    CopyCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws InterruptedException {
        Vault vault = session.load();
        TokenRef resolved = TokenRefs.resolve(vault, ref);
        Token token = vault.token(resolved).orElseThrow();
        if (token.revokedAt() != null) {
            throw new UsageException("The token " + resolved + " was revoked: generate a new token.");
        }
        Instant now = session.clock().instant();
        Instant deadline = deadline(now, vault.settings().clipboardTimeout(), token.expiresAt());
        if (!deadline.isAfter(now)) {
            throw new UsageException("As far as this app knows, " + resolved + " expired at "
                    + Formats.instant(token.expiresAt()) + ": renew it first with `smh-token-manager renew "
                    + resolved + "`.");
        }
        TextClipboard clipboard = session.backend().systemClipboard()
                .orElseThrow(() -> new UsageException(NO_CLIPBOARD));
        ClipboardHold hold = new ClipboardHold(clipboard, session.clock(), Pause.REAL);
        PrintStream err = session.terminal().err();
        Thread onInterrupt = new Thread(() -> {
            if (hold.clearIfOurs()) {
                err.println(System.lineSeparator() + "Clipboard cleared.");
                err.flush();
            }
        }, "clipboard-clear-on-exit");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        boolean terminal = session.terminal().interactive();
        if (!terminal) {
            err.println("Copied " + resolved + " to the clipboard; it is cleared in "
                    + Formats.left(Duration.between(now, deadline)) + " (Ctrl+C clears it now).");
        }
        ClipboardHold.Outcome outcome = hold.hold(token.value(), deadline, left -> {
            if (terminal) {
                err.print("\rCopied " + resolved + "; the clipboard is cleared in " + Formats.left(left)
                        + " (Ctrl+C clears it now).   ");
                err.flush();
            }
        });
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
        if (terminal) {
            err.println();
        }
        err.println(outcome == ClipboardHold.Outcome.CLEARED ? "Clipboard cleared."
                : "The clipboard holds something else now, so it was left as it is.");
        return ExitCode.OK;
    }

    /** The clipboard timeout from now, but never past the token's known expiry. */
    static Instant deadline(Instant now, Duration timeout, Instant expiresAt) {
        Instant deadline = now.plus(timeout);
        return expiresAt != null && expiresAt.isBefore(deadline) ? expiresAt : deadline;
    }
}
