package dev.smhtoken.app;

import com.sun.jna.Library;
import com.sun.jna.Native;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the calling thread behind the window when the CPU is short: bulk work (renewing a thousand
 * tokens, saving the vault after them) runs at a lower priority, so the FX thread and the renderer
 * get a core when a frame is due instead of queueing behind the workers. On a 2-core machine the
 * window's frames otherwise waited tens of milliseconds for a CPU during "Renew all".
 *
 * <p>Java's thread priorities reach the OS on Windows but not on Linux (without a JVM option that
 * needs root), so on Linux the thread sets its own nice value, as browsers do for their background
 * threads. Lowering one's own priority needs no privilege. Where it cannot be done, the thread
 * simply keeps its priority: this only ever makes the window smoother; the work is the same.
 */
final class BackgroundPriority {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
    /** Ten steps below the thread's own: about a tenth of its share of a busy CPU. */
    static final int NICE = 10;
    /** The lowest priority Linux has. */
    static final int LOWEST = 19;
    private static final int PRIO_PROCESS = 0;
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase().startsWith("linux");

    private interface LibC extends Library {
        /** With {@code who} 0, Linux reads the calling thread's nice value alone. */
        int getpriority(int which, int who);

        /** With {@code who} 0, Linux applies it to the calling thread alone. */
        int setpriority(int which, int who, int prio);
    }

    private BackgroundPriority() {
    }

    /** Lowers the calling thread's priority; call it first thing on a background thread. */
    static void lowerCurrentThread() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        if (!LINUX) {
            return;
        }
        try {
            // Relative to what the thread started with: an app started with nice keeps its order.
            int current = Holder.LIBC.getpriority(PRIO_PROCESS, 0);
            Holder.LIBC.setpriority(PRIO_PROCESS, 0, Math.min(LOWEST, current + NICE));
        } catch (LinkageError | RuntimeException e) {
            // No native library here (or JNA could not unpack it): the first call fails with an
            // initializer error, later ones with NoClassDefFoundError. Either way the work goes on.
            LOG.debug("background thread keeps its priority: {}", e.toString());
        }
    }

    /** Loaded at the first use, on a background thread. */
    private static final class Holder {
        static final LibC LIBC = Native.load("c", LibC.class);
    }
}
