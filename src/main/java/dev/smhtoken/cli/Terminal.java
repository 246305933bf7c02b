package dev.smhtoken.cli;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * The process's streams, environment and (when there is one) its console, passed in so that tests
 * run the commands in-process with their own streams.
 *
 * @param console the interactive terminal, or null when input or output is piped
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> environment,
                       Console console) {
    public Terminal {
        Objects.requireNonNull(in);
        Objects.requireNonNull(out);
        Objects.requireNonNull(err);
        environment = Map.copyOf(environment);
    }

    /** This process's terminal. */
    public static Terminal system() {
        return new Terminal(System.in, System.out, System.err, System.getenv(), System.console());
    }

    public boolean interactive() {
        return console != null;
    }

    public String variable(String name) {
        return environment.get(name);
    }
}
