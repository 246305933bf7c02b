package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.VaultException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the folder that holds the vault: an explicit {@code --data-dir} value wins, then the
 * environment variable {@value #HOME_VARIABLE}, then the operating system's convention for
 * per-user application data. Environment, home folder and OS name are passed in so that tests never
 * touch the real user's folders.
 */
public final class DataDirectory {
    public static final String HOME_VARIABLE = "SMH_TOKEN_MANAGER_HOME";
    static final String LINUX_FOLDER = "smh-token-manager";
    static final String DESKTOP_FOLDER = "SMH Token Manager";

    private final Map<String, String> environment;
    private final Path userHome;
    private final String osName;

    public DataDirectory(Map<String, String> environment, Path userHome, String osName) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment));
        this.userHome = Objects.requireNonNull(userHome);
        this.osName = Objects.requireNonNull(osName).toLowerCase(Locale.ROOT);
    }

    /** The data directory rules of the machine this runs on. */
    public static DataDirectory ofThisMachine() {
        return new DataDirectory(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name", ""));
    }

    /**
     * The folder to use; {@code explicitDataDir} is the {@code --data-dir} value or null. Nothing is
     * created.
     */
    public Path resolve(String explicitDataDir) {
        if (explicitDataDir != null && !explicitDataDir.isBlank()) {
            return toPath(explicitDataDir, "--data-dir");
        }
        String fromEnvironment = environment.get(HOME_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return toPath(fromEnvironment, HOME_VARIABLE);
        }
        return conventionalFolder();
    }

    /** Resolves the folder and creates it (and its parents) if needed, readable by its owner only. */
    public Path resolveAndCreate(String explicitDataDir) {
        Path folder = resolve(explicitDataDir);
        try {
            return OwnerOnly.createDirectories(folder);
        } catch (IOException e) {
            throw new VaultException(UserText.of("error.dataDir.notCreated", folder, String.valueOf(e.getMessage())), e);
        }
    }

    private Path conventionalFolder() {
        if (osName.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank()
                    ? userHome.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve(DESKTOP_FOLDER).toAbsolutePath();
        }
        if (osName.startsWith("mac") || osName.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(DESKTOP_FOLDER)
                    .toAbsolutePath();
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdgDataHome != null && !xdgDataHome.isBlank() && Path.of(xdgDataHome).isAbsolute()) {
            return Path.of(xdgDataHome).resolve(LINUX_FOLDER);
        }
        return userHome.resolve(".local").resolve("share").resolve(LINUX_FOLDER).toAbsolutePath();
    }

    private static Path toPath(String text, String source) {
        try {
            return Path.of(text.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new VaultException(UserText.of("error.dataDir.invalidPath", text.strip(), source), e);
        }
    }
}
