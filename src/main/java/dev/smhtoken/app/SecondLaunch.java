package dev.smhtoken.app;

import dev.smhtoken.instance.Summons;
import dev.smhtoken.instance.SummonsSender;
import dev.smhtoken.vault.DataDirectory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A launch while a window already runs on the same data folder: that window comes forward and this
 * process ends, instead of a second window that could only show "already open". Runs before the
 * toolkit or the log framework is loaded, so handing over costs little more than starting the JVM.
 * Anything unclear (a bad option, no channel, one left by a crash, a window that does not answer)
 * means "start normally": the normal start explains a bad option, and a stale channel never blocks it.
 */
final class SecondLaunch {
    /**
     * A live window answers within milliseconds; this only bounds a window whose process hangs, so
     * the fallback (the normal start, which then shows "already open") stays well under a second.
     */
    static final Duration ANSWER_TIMEOUT = Duration.ofMillis(800);

    private SecondLaunch() {
    }

    /** True when a running window took over the launch {@code args} ask for: this process may end. */
    static boolean handedOver(String[] args) {
        LaunchOptions options;
        Path dataDir;
        try {
            options = LaunchOptions.parse(List.of(args));
            dataDir = DataDirectory.ofThisMachine()
                    .resolve(options.dataDir() == null ? null : options.dataDir().toString());
        } catch (RuntimeException e) {
            return false;
        }
        if (options.demo()) {
            return false; // the demo never claims the data folder, so it never hands over either
        }
        if (options.background()) {
            // The login item, while the user already has the window: nothing to start, nothing to
            // pull to the front in the middle of what the user is doing.
            return SummonsSender.someoneListens(dataDir, ANSWER_TIMEOUT);
        }
        return SummonsSender.send(dataDir, options.find() ? Summons.FIND : Summons.SHOW, ANSWER_TIMEOUT);
    }
}
