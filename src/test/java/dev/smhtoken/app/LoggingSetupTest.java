package dev.smhtoken.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingSetupTest {
    @Test
    void theAppLogsWarningsToStandardErrorAndCapsTheLibrariesThatWouldLogSecrets() {
        LoggerContext context = new LoggerContext();
        assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, new LoggingSetup().configure(context, false, null));

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        assertNotNull(root.getAppender("STDERR"));
        assertFalse(context.getLogger("org.apache.hc.client5.http.headers").isDebugEnabled());
    }

    @Test
    void theVariableRaisesTheAppsLevelButNeverTheCaps() {
        LoggerContext context = new LoggerContext();
        new LoggingSetup().configure(context, false, "DEBUG");

        assertTrue(context.getLogger("dev.smhtoken.vault").isDebugEnabled());
        assertFalse(context.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled());
        assertFalse(context.getLogger("org.freedesktop.dbus").isInfoEnabled());
    }

    @Test
    void underTheTestSuitesConfigurationTheCapsStillHold() {
        LoggerContext context = new LoggerContext();
        assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, new LoggingSetup().configure(context, true, null));
        assertNull(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"));

        // And in this very JVM, configured by logback-test.xml at DEBUG:
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertTrue(running.getLogger("dev.smhtoken").isDebugEnabled());
        assertFalse(running.getLogger("org.apache.hc.client5.http.wire").isDebugEnabled());
    }
}
