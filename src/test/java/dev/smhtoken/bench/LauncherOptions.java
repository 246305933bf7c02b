package dev.smhtoken.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options the packaged launcher starts the app with ({@code --java-options} lines of the
 * jpackage arguments), so the benchmarks measure the app as users run it, not as a bare
 * {@code java} with the JVM's defaults. {@code -Xshare} is left out: the start-up benchmark
 * decides about CDS itself.
 */
final class LauncherOptions {
    static final Path APP_IMAGE_ARGS = Path.of("packaging", "app-image.txt");
    private static final String PREFIX = "--java-options ";

    private LauncherOptions() {
    }

    static List<String> read(Path jpackageArgs) {
        try {
            return Files.readAllLines(jpackageArgs).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith(PREFIX))
                    .map(line -> line.substring(PREFIX.length()).strip())
                    .filter(option -> !option.startsWith("-Xshare"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the launcher's options from " + jpackageArgs, e);
        }
    }
}
