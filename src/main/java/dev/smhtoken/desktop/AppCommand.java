package dev.smhtoken.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * How to start this installation of the app from a login item or a scheduler job: its packaged
 * launcher when it runs from the app image, else the same {@code java} with the same class path
 * and main class; plus {@code --data-dir} when the user chose a folder. Never a secret: the job
 * opens the vault through the OS keychain.
 *
 * @param launch  the program and the arguments that start the app (program first)
 * @param dataDir the data folder to pass on, or null for the default one
 */
public record AppCommand(List<String> launch, Path dataDir) {
    static final String MAIN_CLASS = "dev.smhtoken.Main";
    /** The Linux app image's launcher: a script, so jpackage's {@code jpackage.app-path} is not set (packaging/linux). */
    private static final String LINUX_LAUNCHER = "smh-token-manager";

    public AppCommand {
        launch = List.copyOf(launch);
        if (launch.isEmpty()) {
            throw new IllegalArgumentException("no program to start");
        }
        dataDir = dataDir == null ? null : dataDir.toAbsolutePath().normalize();
    }

    /** The app as this JVM was started, told from its system properties. */
    public static AppCommand ofThisProcess(Properties system, HostOs os, Path dataDirOrNull) {
        String appPath = system.getProperty("jpackage.app-path");
        if (appPath != null && !appPath.isBlank()) {
            return new AppCommand(List.of(appPath), dataDirOrNull);
        }
        Path javaHome = Path.of(system.getProperty("java.home"));
        // A Linux app image: IMAGE/lib/runtime is the runtime, IMAGE/bin/smh-token-manager the launcher.
        Path image = javaHome.getParent() == null ? null : javaHome.getParent().getParent();
        if (os == HostOs.LINUX && image != null && javaHome.getParent().getFileName().toString().equals("lib")
                && javaHome.getFileName().toString().equals("runtime")
                && Files.isExecutable(image.resolve("bin").resolve(LINUX_LAUNCHER))) {
            return new AppCommand(List.of(image.resolve("bin").resolve(LINUX_LAUNCHER).toString()), dataDirOrNull);
        }
        // javaw on Windows: a job started through java.exe would open a console window each time.
        String java = os == HostOs.WINDOWS ? "javaw.exe" : "java";
        Path program = javaHome.resolve("bin").resolve(java);
        String classPath = absoluteClassPath(system.getProperty("java.class.path", ""), system.getProperty("path.separator", ":"));
        return new AppCommand(List.of(program.toString(), "-cp", classPath, MAIN_CLASS), dataDirOrNull);
    }

    /** The program that is started: what a guard checks before it starts the app. */
    public String program() {
        return launch.get(0);
    }

    /** The whole command line: the launch, {@code --data-dir DIR} if one was chosen, then {@code arguments}. */
    public List<String> with(List<String> arguments) {
        List<String> all = new ArrayList<>(launch);
        if (dataDir != null) {
            all.add("--data-dir");
            all.add(dataDir.toString());
        }
        all.addAll(arguments);
        return List.copyOf(all);
    }

    /** Only the arguments after the program. */
    public List<String> argumentsWith(List<String> arguments) {
        List<String> all = with(arguments);
        return all.subList(1, all.size());
    }

    /** A job runs in another folder than the one this process started in: every entry made absolute. */
    private static String absoluteClassPath(String classPath, String separator) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(java.util.regex.Pattern.quote(separator))) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(separator, entries);
    }
}
