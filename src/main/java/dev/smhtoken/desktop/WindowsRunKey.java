package dev.smhtoken.desktop;

import java.util.List;

/**
 * Windows: a value under the user's {@code Run} key, which Explorer starts at each login, written
 * and removed with {@code reg.exe}. Windows skips a Run value whose program is gone without a
 * message, and the MSI cannot reach every user's registry hive, so the value stays until the app
 * (installed again) turns the setting off.
 */
public final class WindowsRunKey implements Autostart {
    static final String KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final String VALUE = "SMH Token Manager";

    private final Commands commands;
    private final AppCommand app;

    public WindowsRunKey(Commands commands, AppCommand app) {
        this.commands = commands;
        this.app = app;
    }

    @Override
    public boolean supported() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return commands.run(List.of("reg", "query", KEY, "/v", VALUE), null).ok();
    }

    @Override
    public void enable() {
        // The data is itself a command line; reg.exe gets it as one argument, quoted for its parser.
        Commands.Result result = commands.run(List.of("reg", "add", KEY, "/v", VALUE, "/t", "REG_SZ", "/d",
                Quoting.windowsArgument(data()), "/f"), null);
        if (!result.ok()) {
            throw new DesktopException("Windows refused the login item (reg add: " + result.err().strip() + ").");
        }
    }

    @Override
    public void disable() {
        if (isEnabled() && !commands.run(List.of("reg", "delete", KEY, "/v", VALUE, "/f"), null).ok()) {
            throw new DesktopException("Windows refused to remove the login item " + where() + "; remove it in Task Manager, Startup apps.");
        }
    }

    @Override
    public String where() {
        return KEY + "\\" + VALUE;
    }

    /** The Run value: the launcher and its arguments, as Windows splits a command line. */
    String data() {
        return Quoting.windowsLine(app.with(List.of(BACKGROUND_FLAG)));
    }
}
