package dev.smhtoken.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of every thread of this process from {@code /proc/self/task} (Linux), the JVM's own
 * (compiler, collector) included, summed by name with digits dropped, so "smh-renew-1".."-8" is one
 * line. Empty where there is no {@code /proc}.
 */
final class ProcessThreads {
    private static final long TICKS_PER_SECOND = 100;

    private ProcessThreads() {
    }

    static Map<String, Long> cpuMillisByName() {
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "#");
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    byName.merge(name, ticks * 1000 / TICKS_PER_SECOND, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we looked
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return byName;
    }
}
