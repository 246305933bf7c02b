package dev.smhtoken.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code crontab} program, pointed at the table of a system user made for one test and
 * removed after it: a wrapper script {@code crontab -u USER "$@"} that the code under test is given
 * as its crontab command. So tests run the real program (its syntax checks, its spool file) and
 * never read or write the crontab of the user running the build. Needs root (only root may name
 * another user's table); {@link #unavailableBecause()} says why not otherwise.
 */
public final class ThrowawayCrontab implements AutoCloseable {
    private final String user;
    private final Path wrapper;

    private ThrowawayCrontab(String user, Path wrapper) {
        this.user = user;
        this.wrapper = wrapper;
    }

    /** Why a throwaway crontab cannot be made here, or null when it can. */
    public static String unavailableBecause() {
        if (!onPath("crontab")) {
            return "no crontab program (Debian: apt-get install cron; .ci/run installs it)";
        }
        if (!onPath("useradd") || !onPath("userdel")) {
            return "no useradd/userdel to make a throwaway user";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "not root: only root may give crontab another user's table, and the build user's own must never be touched";
        }
        return null;
    }

    public static ThrowawayCrontab create(Path folder) throws IOException {
        String user = "smhcron" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user));
        Path wrapper = folder.resolve("crontab-" + user);
        Files.writeString(wrapper, "#!/bin/sh\nexec crontab -u " + user + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        return new ThrowawayCrontab(user, wrapper);
    }

    /** The crontab command for the code under test. */
    public Path command() {
        return wrapper;
    }

    /** The table as the real crontab keeps it. */
    public String table() throws IOException {
        Process process = new ProcessBuilder("crontab", "-u", user, "-l").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        try {
            return process.waitFor() == 0 ? out : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Installs {@code text} as the whole table, as the user would have. */
    public void install(String text, Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("table-" + user), text);
        run(List.of("crontab", "-u", user, file.toString()));
    }

    @Override
    public void close() throws IOException {
        quietly(List.of("crontab", "-u", user, "-r"));
        run(List.of("userdel", user));
    }

    private static void run(List<String> command) throws IOException {
        if (quietly(command) != 0) {
            throw new IOException("failed: " + command);
        }
    }

    private static int quietly(List<String> command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isBlank() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
