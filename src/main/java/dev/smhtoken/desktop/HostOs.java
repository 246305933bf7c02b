package dev.smhtoken.desktop;

import java.util.Locale;

/** The operating systems whose login items and schedulers this package knows. */
public enum HostOs {
    LINUX, WINDOWS, MACOS, OTHER;

    public static HostOs of(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return MACOS;
        }
        return name.contains("linux") || name.contains("bsd") ? LINUX : OTHER;
    }

    public static HostOs current() {
        return of(System.getProperty("os.name", ""));
    }
}
