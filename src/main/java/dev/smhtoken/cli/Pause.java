package dev.smhtoken.cli;

import java.time.Duration;

/** Waiting in the foreground; tests pass one that moves a fake clock instead of sleeping. */
@FunctionalInterface
public interface Pause {
    Pause REAL = duration -> Thread.sleep(Math.max(1, duration.toMillis()));

    void pause(Duration duration) throws InterruptedException;
}
