package dev.smhtoken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {
    private static final Path THIS_THREAD = Path.of("/proc/thread-self/stat");

    @Test
    void bulkWorkersRunBehindTheWindowAndOrdinaryWorkersDoNot() throws Exception {
        // The OS's nice value is only visible (and only set) on Linux.
        assumeTrue(Files.isReadable(THIS_THREAD), "Linux only: the nice value is read from /proc");
        int callers = niceOfThisThread();

        assertEquals(Math.min(BackgroundPriority.LOWEST, callers + BackgroundPriority.NICE), niceOn(Executors.backgroundWorkers(1, "test-bulk")));
        assertEquals(callers, niceOn(Executors.workers(1, "test-ordinary")));
    }

    private static int niceOn(ExecutorService pool) throws Exception {
        try {
            return pool.submit(BackgroundPriorityTest::niceOfThisThread).get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Field 19 of {@code stat}, counted after the command name in parentheses (which may hold spaces). */
    private static int niceOfThisThread() throws Exception {
        String stat = Files.readString(THIS_THREAD);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }
}
