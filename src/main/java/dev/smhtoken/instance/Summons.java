package dev.smhtoken.instance;

/** What a second launch asks of the window that already runs on its data folder. */
public enum Summons {
    /** Come to the front (de-iconified, shown if hidden). */
    SHOW,
    /** Come to the front and open the finder ({@code --find}). */
    FIND
}
