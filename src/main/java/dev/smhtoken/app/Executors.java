package dev.smhtoken.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The app's threads: named, daemon (a stuck call never keeps the JVM alive), and bounded. */
final class Executors {
    private Executors() {
    }

    /** Workers for blocking calls (SMH, the vault): at most {@code size} at once, the rest queue. */
    static ExecutorService workers(int size) {
        return workers(size, "smh-worker");
    }

    static ExecutorService workers(int size, String name) {
        return pool(size, named(name));
    }

    /** Workers for bulk work, at a lower priority than the window's threads ({@link BackgroundPriority}). */
    static ExecutorService backgroundWorkers(int size, String name) {
        ThreadFactory named = named(name);
        return pool(size, task -> named.newThread(() -> {
            BackgroundPriority.lowerCurrentThread();
            task.run();
        }));
    }

    private static ExecutorService pool(int size, ThreadFactory threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** One thread for timers (the window clock). */
    static ScheduledExecutorService timers() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, named("smh-clock"));
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
