package dev.smhtoken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test
    void theLoginItemsBackgroundFlagStartsTheWindowOutOfTheWay() {
        LaunchOptions atLogin = LaunchOptions.parse(List.of("--data-dir", "/srv/vault", "--background"));
        assertTrue(atLogin.background());
        assertEquals(Path.of("/srv/vault"), atLogin.dataDir());
        assertFalse(LaunchOptions.parse(List.of()).background(), "a start by hand shows the window");
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--backgroud")));
        assertTrue(typo.getMessage().contains("--background"), typo.getMessage());
    }

    @Test
    void findAsksForTheFinderAndStaysAWindowOption() {
        LaunchOptions find = LaunchOptions.parse(List.of("--find", "--data-dir=/srv/vault"));
        assertTrue(find.find());
        assertEquals(Path.of("/srv/vault"), find.dataDir());
        assertFalse(LaunchOptions.parse(List.of("--background")).find());
        assertFalse(dev.smhtoken.cli.LaunchMode.wantsCommandLine(new String[] {"--find"}),
                "--find opens (or summons) the window, it is no command");
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("--fnd")));
        assertTrue(typo.getMessage().contains("--find"), "the error lists --find among the window's options: "
                + typo.getMessage());
    }
}
