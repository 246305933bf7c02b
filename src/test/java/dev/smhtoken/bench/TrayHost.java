package dev.smhtoken.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code trayer}, an XEmbed system tray, on the benchmark's display: the app started with
 * {@code --background} puts its icon there and stays hidden. Whether the icon is in is read from
 * the display's window tree ({@code xwininfo}), where AWT's tray icon is a "JavaEmbeddedFrame".
 */
final class TrayHost implements AutoCloseable {
    private final Process trayer;

    private TrayHost(Process trayer) {
        this.trayer = trayer;
    }

    /** Whether the tools are there: {@code trayer} and {@code xwininfo} (Debian: trayer, x11-utils). */
    static boolean available() {
        return onPath("trayer") && onPath("xwininfo");
    }

    static TrayHost start(Path log) throws IOException {
        return new TrayHost(new ProcessBuilder("trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel",
                "--width", "200", "--height", "24", "--transparent", "false")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start());
    }

    /** Waits until an icon is embedded in the tray. */
    void awaitIcon(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!windowTree().contains("\"JavaEmbeddedFrame\"")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no tray icon within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    private static String windowTree() throws IOException, InterruptedException {
        Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
        String out = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        xwininfo.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        trayer.destroy();
        if (!trayer.waitFor(10, TimeUnit.SECONDS)) {
            trayer.destroyForcibly();
        }
    }
}
