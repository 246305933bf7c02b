package dev.smhtoken.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the numbers were measured on. */
final class Machine {
    private Machine() {
    }

    static String describe() throws IOException, InterruptedException {
        return "- cores: " + Runtime.getRuntime().availableProcessors() + "\n"
                + "- CPU: " + firstValue(Path.of("/proc/cpuinfo"), "model name") + "\n"
                + "- memory: " + firstValue(Path.of("/proc/meminfo"), "MemTotal") + "\n"
                + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
                + "- java -version: " + javaVersion() + "\n"
                + "- load average at the end of the run (other work on the machine): " + loadAverage() + "\n"
                + "- JavaFX: " + System.getProperty("javafx.runtime.version", "21") + "\n";
    }

    private static String firstValue(Path file, String key) throws IOException {
        if (!Files.exists(file)) {
            return "unknown";
        }
        List<String> lines = Files.readAllLines(file);
        return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    }

    private static String loadAverage() throws IOException {
        Path file = Path.of("/proc/loadavg");
        return Files.exists(file) ? String.join(" ", List.of(Files.readString(file).split(" ")).subList(0, 3)) : "unknown";
    }

    private static String javaVersion() throws IOException, InterruptedException {
        Process java = new ProcessBuilder(ChildJvm.javaCommand(), "-version").redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes()).trim();
        java.waitFor();
        return String.join(" / ", out.lines().toList());
    }
}
