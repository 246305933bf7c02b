package dev.smhtoken.ui.notify;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Linux desktops: {@code notify-send} when it is on the PATH; otherwise nothing. The arguments are
 * the title and a sentence naming the library and label, never a token.
 */
public final class NotifySend implements DesktopNotifier {
    private final Optional<Path> command;

    private NotifySend(Optional<Path> command) {
        this.command = command;
    }

    public static DesktopNotifier ofThisMachine() {
        String path = System.getenv("PATH");
        if (path == null || !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return NONE;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "notify-send");
            if (Files.isExecutable(candidate)) {
                return new NotifySend(Optional.of(candidate));
            }
        }
        return NONE;
    }

    @Override
    public void notify(String title, String body) {
        if (command.isEmpty()) {
            return;
        }
        try {
            Process process = new ProcessBuilder(List.of(command.get().toString(), "--app-name=SMH Token Manager",
                    title, body)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // No notification daemon, or it failed: the banner in the window still shows the warning.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
