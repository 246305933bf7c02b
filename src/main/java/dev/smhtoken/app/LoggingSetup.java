package dev.smhtoken.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The log's configuration, found by Logback as a service: the app logs to standard error at WARN
 * (or at the level named by {@code SMH_TOKEN_MANAGER_LOG_LEVEL}), and the libraries whose DEBUG
 * lines carry secrets are capped whatever the level. Written in code rather than a
 * {@code logback.xml} because the XML configurator loads some 380 classes (its parser and model)
 * on the start-up path.
 *
 * <p>The test suite's {@code logback-test.xml} still decides where the log goes; the caps apply
 * there as well.
 */
public final class LoggingSetup extends ContextAwareBase implements Configurator {
    /** HttpClient logs request lines (a token or library secret in the path); dbus-java logs the keychain's payloads. */
    static final Map<String, Level> CAPS = Map.of("org.apache.hc", Level.INFO, "org.freedesktop", Level.WARN);
    static final String LEVEL_VARIABLE = "SMH_TOKEN_MANAGER_LOG_LEVEL";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        boolean testConfiguration = LoggingSetup.class.getClassLoader().getResource("logback-test.xml") != null;
        return configure(context, testConfiguration, System.getenv(LEVEL_VARIABLE));
    }

    ExecutionStatus configure(LoggerContext context, boolean testConfiguration, String levelName) {
        CAPS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        if (testConfiguration) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(levelName, Level.WARN));
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
