package dev.smhtoken.ui.tray;

/** What the tray icon shows beside the app's mark: nothing, a token expiring, a renew that failed, or locked. */
public enum TrayStatus {
    NORMAL,
    /** A token expires soon or has expired. */
    EXPIRING,
    /** A renew failed (a row shows its error). Outranks expiring: it needs the user. */
    FAILED,
    /** The vault is locked: nothing renews until it is unlocked. */
    LOCKED
}
