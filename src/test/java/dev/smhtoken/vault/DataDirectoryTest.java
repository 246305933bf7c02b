package dev.smhtoken.vault;

import dev.smhtoken.token.VaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DataDirectoryTest {
    @TempDir
    Path home;

    @Test
    void explicitFolderWinsOverEnvironmentAndConvention() {
        Path explicit = home.resolve("explicit");
        DataDirectory dirs = new DataDirectory(Map.of(DataDirectory.HOME_VARIABLE, home.resolve("env").toString(),
                "XDG_DATA_HOME", home.resolve("xdg").toString()), home, "Linux");
        assertEquals(explicit, dirs.resolve(explicit.toString()));
    }

    @Test
    void environmentVariableWinsOverConvention() {
        DataDirectory dirs = new DataDirectory(Map.of(DataDirectory.HOME_VARIABLE, home.resolve("env").toString(),
                "XDG_DATA_HOME", home.resolve("xdg").toString()), home, "Linux");
        assertEquals(home.resolve("env"), dirs.resolve(null));
        assertEquals(home.resolve("env"), dirs.resolve("  "));
    }

    @Test
    void linuxUsesXdgDataHomeThenLocalShare() {
        assertEquals(home.resolve("xdg").resolve("smh-token-manager"),
                new DataDirectory(Map.of("XDG_DATA_HOME", home.resolve("xdg").toString()), home, "Linux").resolve(null));
        assertEquals(home.resolve(".local/share/smh-token-manager"),
                new DataDirectory(Map.of(), home, "Linux").resolve(null));
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        assertEquals(home.resolve(".local/share/smh-token-manager"),
                new DataDirectory(Map.of("XDG_DATA_HOME", "relative/dir"), home, "Linux").resolve(null));
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        Path appData = home.resolve("AppData").resolve("Roaming");
        assertEquals(appData.resolve("SMH Token Manager"),
                new DataDirectory(Map.of("APPDATA", appData.toString()), home, "Windows 11").resolve(null));
        assertEquals(home.resolve("Library/Application Support/SMH Token Manager"),
                new DataDirectory(Map.of(), home, "Mac OS X").resolve(null));
    }

    @Test
    void createsTheFolderOwnerOnly() throws Exception {
        assumeTrue(OwnerOnly.posix());
        Path made = new DataDirectory(Map.of(), home, "Linux").resolveAndCreate(null);
        assertTrue(Files.isDirectory(made));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));

        Path loose = Files.createDirectory(home.resolve("loose"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        new DataDirectory(Map.of(), home, "Linux").resolveAndCreate(loose.toString());
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(loose)),
                "an existing folder the user chose is not ours to change");
        Path nested = new DataDirectory(Map.of(), home, "Linux").resolveAndCreate(home.resolve("a/b/c").toString());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(nested)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.getParent())));
    }

    @Test
    void aFolderThatCannotBeCreatedIsAClearError() throws Exception {
        Path file = Files.writeString(home.resolve("a-file"), "x");
        VaultException e = assertThrows(VaultException.class,
                () -> new DataDirectory(Map.of(), home, "Linux").resolveAndCreate(file.resolve("sub").toString()));
        assertTrue(e.getMessage().contains("could not be created"), e.getMessage());
        assertFalse(Files.isDirectory(file.resolve("sub")));
    }
}
