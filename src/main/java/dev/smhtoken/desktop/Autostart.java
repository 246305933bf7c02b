package dev.smhtoken.desktop;

/**
 * Starting the app at login, hidden ({@value #BACKGROUND_FLAG}): one entry of the desktop's own
 * kind, which exists exactly while the setting is on. The entry itself is the setting, so the
 * window, the command line and the user's own desktop settings never disagree about it.
 * Every method touches files or OS tools: call from a worker.
 */
public interface Autostart {
    /** The window option that starts it hidden: in the tray where there is one, else minimised. */
    String BACKGROUND_FLAG = "--background";

    /** Whether this desktop has a kind of login item that is known here. */
    boolean supported();

    boolean isEnabled();

    /** Writes (or rewrites) the entry. @throws DesktopException when it cannot be written */
    void enable();

    /** Removes the entry if it is there. @throws DesktopException when it cannot be removed */
    void disable();

    /** Where the entry is, for the user: a file or a registry value. */
    String where();

    /** No login items on this system. */
    Autostart UNSUPPORTED = new Autostart() {
        @Override
        public boolean supported() {
            return false;
        }

        @Override
        public boolean isEnabled() {
            return false;
        }

        @Override
        public void enable() {
            throw new DesktopException("Starting at login is not supported on this system.");
        }

        @Override
        public void disable() {
        }

        @Override
        public String where() {
            return "nowhere (not supported on this system)";
        }
    };
}
