package dev.smhtoken.bench;

import java.nio.file.Path;
import java.util.List;

/** Resident memory of the app with a big vault shown, after a full GC; the bare window's beside it. */
final class MemoryBench {
    /** MiB. */
    record Result(double app, double bare) {
    }

    private final Launches launches;

    MemoryBench(BenchConfig config) {
        this.launches = new Launches(config);
    }

    Result run(Path vault) throws Exception {
        return new Result(measure(launches.app(vault, List.of())), measure(launches.bare(List.of())));
    }

    private static double measure(ChildJvm child) throws Exception {
        try (child) {
            child.awaitMarker("FIRST_CONTENT_FRAME", StartupBench.TIMEOUT);
            Thread.sleep(2000);
            child.collectGarbage();
            Thread.sleep(1000);
            return child.residentKib() / 1024.0;
        }
    }
}
