package dev.smhtoken.bench;

import javafx.animation.AnimationTimer;

/**
 * The longest time between two FX pulses while an action runs: how long the window froze at worst.
 * It counts from the action itself (the wait for the first pulse after it is a gap too) to the
 * moment the action is seen finished, and nothing before or after. FX thread only.
 */
final class PulseGapMeter extends AnimationTimer {
    private long last;
    private long longest;

    /** Starts measuring at {@code nanoTime}, the moment the action begins. */
    void startFrom(long nanoTime) {
        last = nanoTime;
        longest = 0;
        start();
    }

    @Override
    public void handle(long now) {
        longest = Math.max(longest, now - last);
        last = now;
    }

    /** Stops at {@code nanoTime}, counting the time since the last pulse as a gap too. */
    void stopAt(long nanoTime) {
        stop();
        longest = Math.max(longest, nanoTime - last);
    }

    double longestMillis() {
        return longest / 1e6;
    }
}
