package dev.smhtoken.bench;

import javafx.animation.AnimationTimer;

/** The longest time between two FX pulses while it runs: how long the window froze at worst. */
final class PulseGapMeter extends AnimationTimer {
    private long last;
    private long longest;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longest = Math.max(longest, now - last);
        }
        last = now;
    }

    /** Call on the FX thread. */
    double longestMillis() {
        return longest / 1e6;
    }
}
