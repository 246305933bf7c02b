package dev.smhtoken.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import dev.smhtoken.ui.common.FxThread;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;

/**
 * Puts the window in its light or dark look: AtlantaFX's Primer theme as the user-agent
 * stylesheet (it styles every control, dialogs and alerts too), then our structural stylesheet
 * and the colour file of the theme on the scene. Switching swaps these at run time. FX thread only.
 */
public final class Appearance {
    public static final String STRUCTURE = "/dev/smhtoken/ui/app.css";
    public static final String LIGHT_COLOURS = "/dev/smhtoken/ui/theme-light.css";
    public static final String DARK_COLOURS = "/dev/smhtoken/ui/theme-dark.css";

    private final Scene scene;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private ThemeChoice choice = ThemeChoice.SYSTEM;
    private boolean desktopPrefersDark;

    public Appearance(Scene scene) {
        this.scene = scene;
    }

    /** Whether the dark look is on now. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public void setChoice(ThemeChoice value) {
        choice = Objects.requireNonNull(value);
        apply();
    }

    /** What the desktop prefers (learnt in the background); used while the choice is "system". */
    public void setDesktopPrefersDark(boolean value) {
        desktopPrefersDark = value;
        apply();
    }

    /** Applies the current look (also the first time, before the window shows). */
    public void apply() {
        FxThread.check();
        boolean isDark = choice.isDark(desktopPrefersDark);
        Theme theme = isDark ? new PrimerDark() : new PrimerLight();
        // The theme's binary stylesheet: the same rules, without parsing 170 KB of CSS at start-up.
        if (!theme.getUserAgentStylesheetBSS().equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme.getUserAgentStylesheetBSS());
        }
        List<String> sheets = stylesheets(isDark);
        if (!scene.getStylesheets().equals(sheets)) {
            scene.getStylesheets().setAll(sheets);
        }
        dark.set(isDark);
    }

    /** The scene's stylesheets for a look: structure first, then the colours it uses. */
    public static List<String> stylesheets(boolean dark) {
        return List.of(url(STRUCTURE), url(dark ? DARK_COLOURS : LIGHT_COLOURS));
    }

    private static String url(String resource) {
        return Objects.requireNonNull(Appearance.class.getResource(resource), resource).toExternalForm();
    }
}
