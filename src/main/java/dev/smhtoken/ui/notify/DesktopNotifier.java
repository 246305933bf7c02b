package dev.smhtoken.ui.notify;

/** Shows a notification on the desktop where the desktop offers one. Never given a token or secret. */
public interface DesktopNotifier {
    DesktopNotifier NONE = (title, body) -> { };

    /** Blocking (may start a process): call on a worker. Fails silently when the desktop has none. */
    void notify(String title, String body);
}
