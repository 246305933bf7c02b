package dev.smhtoken.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How each desktop's answer is read; the commands' output is what those tools print. */
class DesktopColorSchemeTest {
    private final List<List<String>> asked = new ArrayList<>();

    private DesktopColorScheme scheme(String os, Map<String, String> env, Map<String, String> answers) {
        return new DesktopColorScheme(os, env, command -> {
            asked.add(command);
            return Optional.ofNullable(answers.get(String.join(" ", command)));
        });
    }

    @Test
    void gnomePreferDarkOrADarkGtkThemeIsDark() {
        String scheme = "gsettings get org.gnome.desktop.interface color-scheme";
        String gtk = "gsettings get org.gnome.desktop.interface gtk-theme";
        assertTrue(scheme("Linux", Map.of(), Map.of(scheme, "'prefer-dark'\n")).prefersDark());
        assertTrue(scheme("Linux", Map.of(), Map.of(scheme, "'default'\n", gtk, "'Adwaita-dark'\n")).prefersDark());
        assertFalse(scheme("Linux", Map.of(), Map.of(scheme, "'default'\n", gtk, "'Adwaita'\n")).prefersDark());
        assertFalse(scheme("Linux", Map.of(), Map.of()).prefersDark(), "no gsettings: light");
    }

    @Test
    void gtkThemeInTheEnvironmentWinsWithoutRunningAnything() {
        assertTrue(scheme("Linux", Map.of("GTK_THEME", "Yaru:dark"), Map.of()).prefersDark());
        assertEquals(List.of(), asked);
    }

    @Test
    void windowsAndMacAnswersAreRead() {
        String reg = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v AppsUseLightTheme";
        assertTrue(scheme("Windows 11", Map.of(), Map.of(reg,
                "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n")).prefersDark());
        assertFalse(scheme("Windows 11", Map.of(), Map.of(reg, "    AppsUseLightTheme    REG_DWORD    0x1\r\n")).prefersDark());
        assertTrue(scheme("Mac OS X", Map.of(), Map.of("defaults read -g AppleInterfaceStyle", "Dark\n")).prefersDark());
        assertFalse(scheme("Mac OS X", Map.of(), Map.of()).prefersDark(), "the key is absent in light mode");
    }

    @Test
    void theChoiceDecidesUnlessItFollowsTheDesktop() {
        assertTrue(ThemeChoice.of("dark").isDark(false));
        assertFalse(ThemeChoice.of("light").isDark(true));
        assertTrue(ThemeChoice.of("system").isDark(true));
        assertEquals(ThemeChoice.SYSTEM, ThemeChoice.of("nonsense"));
        assertEquals(LanguageChoice.CHINESE, LanguageChoice.of("zh-CN"));
    }
}
