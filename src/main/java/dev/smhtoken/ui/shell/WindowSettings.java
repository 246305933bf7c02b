package dev.smhtoken.ui.shell;

import dev.smhtoken.token.Settings;
import dev.smhtoken.ui.common.SecretClipboard;
import dev.smhtoken.ui.common.TaskExecutor;
import dev.smhtoken.ui.settings.Appearance;
import dev.smhtoken.ui.settings.DesktopColorScheme;
import dev.smhtoken.ui.settings.LanguageChoice;
import dev.smhtoken.ui.settings.ThemeChoice;
import java.util.Locale;

/**
 * What saved settings change in the window at once: the clipboard's timeout, the theme (asking the
 * desktop whether it prefers dark, once, when the theme follows it) and the language. The rest of
 * the settings is read where it is used.
 */
public final class WindowSettings {
    private final ShellViewModel shell;
    private final SecretClipboard clipboard;
    private final Appearance appearance;
    private final DesktopColorScheme desktop;
    private final TaskExecutor tasks;
    private final Locale systemLocale;
    private boolean desktopAsked;

    /** @param systemLocale the operating system's language ("system" in the settings) */
    public WindowSettings(ShellViewModel shell, SecretClipboard clipboard, Appearance appearance,
                          DesktopColorScheme desktop, TaskExecutor tasks, Locale systemLocale) {
        this.shell = shell;
        this.clipboard = clipboard;
        this.appearance = appearance;
        this.desktop = desktop;
        this.tasks = tasks;
        this.systemLocale = systemLocale;
    }

    public void apply(Settings settings) {
        clipboard.setTimeout(settings.clipboardTimeout());
        appearance.setChoice(ThemeChoice.of(settings.theme()));
        askDesktopOnce(settings);
        shell.useLanguage(LanguageChoice.of(settings.language()).locale(systemLocale));
    }

    /** Asks the desktop (a process or two, on a worker) whether it prefers dark, when the theme follows it. */
    public void askDesktopOnce(Settings settings) {
        if (!desktopAsked && ThemeChoice.of(settings.theme()) == ThemeChoice.SYSTEM) {
            desktopAsked = true;
            tasks.run(desktop::prefersDark, appearance::setDesktopPrefersDark, failure -> { });
        }
    }
}
