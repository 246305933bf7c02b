package dev.smhtoken.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.app.LaunchOptions;
import dev.smhtoken.cli.LaunchMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Linux menu entry jpackage installs (it fills in {@code APPLICATION_LAUNCHER} on every line):
 * its "Find token" action must be a well-formed desktop action whose command the app takes as the
 * window's {@code --find}, not as a command-line command it would reject. The built package is
 * checked again by {@code packaging/verify-package.sh}.
 */
class DesktopEntryTest {
    private static final Path ENTRY = Path.of("packaging", "linux", "resources", "smh-token-manager.desktop");

    @Test
    void theFindTokenActionStartsTheLauncherWithFind() throws IOException {
        Map<String, Map<String, String>> groups = groups(Files.readAllLines(ENTRY, StandardCharsets.UTF_8));
        Map<String, String> entry = groups.get("Desktop Entry");
        assertNotNull(entry, "the file has no [Desktop Entry] group: " + groups.keySet());
        assertEquals("find;", entry.get("Actions"));
        Map<String, String> find = groups.get("Desktop Action find");
        assertNotNull(find, "Actions names find, but there is no [Desktop Action find] group");
        assertEquals("Find token", find.get("Name"));
        assertTrue(find.containsKey("Name[zh_CN]"), "the action has no Chinese name");
        assertEquals(entry.get("Exec") + " --find", find.get("Exec"), "the action starts the same launcher");

        String[] arguments = Arrays.copyOfRange(find.get("Exec").split(" "), 1, find.get("Exec").split(" ").length);
        assertFalse(LaunchMode.wantsCommandLine(arguments), "--find must open the window, not the command line");
        assertTrue(LaunchOptions.parse(List.of(arguments)).find());
    }

    /** The key-value groups of a desktop entry file, in order; comments and blank lines skipped. */
    private static Map<String, Map<String, String>> groups(List<String> lines) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1);
                assertFalse(groups.containsKey(name), "group [" + name + "] appears twice");
                current = new LinkedHashMap<>();
                groups.put(name, current);
            } else {
                assertNotNull(current, "a key before any group: " + line);
                int equals = line.indexOf('=');
                assertTrue(equals > 0, "not a key=value line: " + line);
                String key = line.substring(0, equals);
                assertFalse(current.containsKey(key), "key " + key + " appears twice in a group");
                current.put(key, line.substring(equals + 1));
            }
        }
        return groups;
    }
}
