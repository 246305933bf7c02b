package dev.smhtoken.cli;

import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "copy", description = {"Put the token on the clipboard and wait, then clear it (as the window does):",
    "after the clipboard timeout of the vault's settings (30 s unless changed), never after the token expires,"
        + " and at once on Ctrl+C. Something copied meanwhile is left alone.",
    "With --fresh the token is renewed first and the value SMH answered is copied, once saved."})
final class CopyCommand implements Callable<Integer> {
    static final String NO_CLIPBOARD = "No clipboard is available here (no display): use"
            + " `smh-token-manager token REF` in a pipe instead.";

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "REF", description = "LIBRARY_ID, or LIBRARY_ID/LABEL when it has several tokens.")
    private String ref;

    @Option(names = "--fresh", description = "Renew the token first (as `renew` does) and copy the value SMH"
            + " answered, once the renew is saved; its whole period is then ahead. If the renew fails, nothing"
            + " is copied and the exit code is 1.")
    private boolean fresh;

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
        if (!fresh) {
            requireTimeLeft(resolved, token, session.clock().instant(), vault.settings().clipboardTimeout());
        }
        // Before any renew: without a clipboard nothing is sent and nothing changes.
        TextClipboard clipboard = session.backend().systemClipboard()
                .orElseThrow(() -> new UsageException(NO_CLIPBOARD));
        if (fresh) {
            // The one renew path: saved first, then the value SMH answered is what gets copied.
            token = session.useCases().renewal().renew(resolved);
        }
        Instant now = session.clock().instant();
        Instant deadline = requireTimeLeft(resolved, token, now, vault.settings().clipboardTimeout());
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

    /** When the copy leaves the clipboard; a usage error when the token has no time left as far as known. */
    private static Instant requireTimeLeft(TokenRef ref, Token token, Instant now, Duration timeout) {
        Instant deadline = deadline(now, timeout, token.expiresAt());
        if (!deadline.isAfter(now)) {
            throw new UsageException("As far as this app knows, " + ref + " expired at "
                    + Formats.instant(token.expiresAt()) + ": renew it first with `smh-token-manager renew "
                    + ref + "`, or copy it with `smh-token-manager copy --fresh " + ref + "`.");
        }
        return deadline;
    }

    /** The clipboard timeout from now, but never past the token's known expiry. */
    static Instant deadline(Instant now, Duration timeout, Instant expiresAt) {
        Instant deadline = now.plus(timeout);
        return expiresAt != null && expiresAt.isBefore(deadline) ? expiresAt : deadline;
    }
}
