package dev.smhtoken.ui.main;

/** What the main view asks of the window around it: the demo, and the other windows it opens. */
public record WindowActions(Runnable startDemo, Runnable openSettings, Runnable openHelp, Runnable openAbout,
                            Runnable lock) {
}
