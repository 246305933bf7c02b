package dev.smhtoken.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The programs the process benchmarks start, with the same JVM options and the same jars: the app, the
 * bare window, and the bare token table (the floor under the start-up budget); and the installed app
 * image, when there is one, through its own launcher.
 */
final class Launches {
    static final String APP_MAIN = "dev.smhtoken.Main";
    static final String BARE_MAIN = BareWindow.Launcher.class.getName();
    static final String TABLE_MAIN = BareTokenTable.Launcher.class.getName();
    private final BenchConfig config;

    Launches(BenchConfig config) {
        this.config = config;
    }

    ChildJvm app(Path dataDir, List<String> extraJvmOptions) {
        return app(dataDir, extraJvmOptions, List.of());
    }

    /** @param appOptions the window's options after {@code --data-dir} ({@code --background}) */
    ChildJvm app(Path dataDir, List<String> extraJvmOptions, List<String> appOptions) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(appOptions);
        return ChildJvm.start(options(extraJvmOptions), config.appClassPath(), APP_MAIN, args,
                log(appOptions.isEmpty() ? "app" : "app-background"));
    }

    /** The app started again on the data folder of a window already running: it must hand over and end. */
    ChildJvm secondLaunch(Path dataDir) {
        return ChildJvm.start(options(List.of()), config.appClassPath(), APP_MAIN,
                List.of("--data-dir", dataDir.toString()), log("second-launch"));
    }

    ChildJvm bare(List<String> extraJvmOptions) {
        return ChildJvm.start(options(extraJvmOptions), config.bareClassPath(), BARE_MAIN, List.of(), log("bare"));
    }

    ChildJvm table(int tokens, List<String> extraJvmOptions) {
        return ChildJvm.start(options(extraJvmOptions), config.bareClassPath(), TABLE_MAIN,
                List.of(Integer.toString(tokens)), log("table"));
    }

    /** The installed app image's launcher, with its own options and archive; only the renderer is chosen. */
    ChildJvm appImage(Path launcher, Path dataDir) {
        return ChildJvm.startLauncher(launcher, List.of("-Dprism.order=sw"), List.of("--data-dir", dataDir.toString()),
                log("app-image"));
    }

    private List<String> options(List<String> extra) {
        List<String> options = new ArrayList<>(config.jvmOptions());
        options.addAll(extra);
        return options;
    }

    private Path log(String name) {
        return config.workDir().resolve(name + ".log");
    }
}
