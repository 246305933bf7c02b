package dev.smhtoken.desktop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@link Commands} as child processes, with an optional extra environment and a time limit. */
public final class ProcessCommands implements Commands {
    private final Map<String, String> environment;
    private final Duration limit;

    public ProcessCommands(Map<String, String> environment, Duration limit) {
        this.environment = Map.copyOf(environment);
        this.limit = limit;
    }

    @Override
    public Result run(List<String> command, String stdin) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("smh-tool-", ".out");
            err = Files.createTempFile("smh-tool-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(Charset.defaultCharset()));
                }
            }
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new DesktopException("`" + command.get(0) + "` did not finish within " + limit.toSeconds()
                        + " s; try again, or run it yourself to see what it waits for.");
            }
            return new Result(process.exitValue(), Files.readString(out, Charset.defaultCharset()),
                    Files.readString(err, Charset.defaultCharset()));
        } catch (IOException e) {
            throw new DesktopException("Could not run `" + command.get(0) + "` (" + e.getMessage()
                    + "); check that it is installed.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DesktopException("Interrupted while `" + command.get(0) + "` ran.", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
