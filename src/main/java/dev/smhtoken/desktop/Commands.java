package dev.smhtoken.desktop;

import java.util.List;

/** Runs an OS tool ({@code systemctl}, {@code crontab}, {@code schtasks} ...) and waits for it. */
public interface Commands {
    /** What a tool answered. Its output is the tool's own; nothing we pass it is secret. */
    record Result(int exitCode, String out, String err) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /**
     * Runs {@code command} with {@code stdin} (may be null) on its standard input.
     *
     * @throws DesktopException when the tool cannot be started or does not finish in time
     */
    Result run(List<String> command, String stdin);
}
