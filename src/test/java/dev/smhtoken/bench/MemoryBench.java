package dev.smhtoken.bench;

import java.nio.file.Path;
import java.util.List;

/** Resident memory of the app with a big vault shown, after a full GC; the bare window's beside it. */
final class MemoryBench {
    /** MiB. */
    record Result(double app, double bare) {
    }

    private final Launches launches;
    private final String shownMarker;

    MemoryBench(BenchConfig config) {
        this.launches = new Launches(config);
        this.shownMarker = config.shownMarker();
    }

    Result run(Path vault) throws Exception {
        return new Result(measure(launches.app(vault, List.of())), measure(launches.bare(List.of())));
    }

    private double measure(ChildJvm child) throws Exception {
        try (child) {
            child.awaitMarker(shownMarker, StartupBench.TIMEOUT);
            Thread.sleep(2000);
            child.collectGarbage();
            Thread.sleep(1000);
            return child.residentKib() / 1024.0;
        }
    }
}
