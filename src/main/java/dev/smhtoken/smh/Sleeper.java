package dev.smhtoken.smh;

import java.time.Duration;

/** Waits between attempts. Injected so that tests can record the waits instead of sitting through them. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
