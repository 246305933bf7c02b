package dev.smhtoken.smh;

import static org.junit.jupiter.api.Assertions.assertFalse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.smhtoken.emulator.Fault;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.SmhException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Our own log lines, at every level, name neither a token nor a secret nor the request path. */
class GatewayLoggingTest extends GatewayTestBase {
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger ours;
    private Level previousLevel;

    @BeforeEach
    void captureOurLogs() {
        ours = (Logger) LoggerFactory.getLogger("dev.smhtoken.smh");
        previousLevel = ours.getLevel();
        ours.setLevel(Level.TRACE);
        captured.start();
        ours.addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        ours.detachAppender(captured);
        ours.setLevel(previousLevel);
    }

    @Test
    void successesRetriesAndFailuresLogNoSecret() {
        String token = seedToken();
        gateway.generate(library, secret(), new GenerateOptions(null, "admin", "alice", null, null));
        gateway.renew(library, AccessToken.of(token));
        emulator.faults().next(Fault.error(503, "ServerOverloaded", "busy " + token), Fault.resetMidBody());
        gateway.renew(library, AccessToken.of(token));
        emulator.faults().next(Fault.error(404, "WrongLibraryIdOrSecret", "secret " + SECRET + " is wrong"));
        failure(() -> gateway.generate(library, secret(), GenerateOptions.DEFAULTS));
        emulator.faults().next(Fault.redirect("http://other.invalid/api/v1/token/x/" + token));
        failure(() -> gateway.renew(library, AccessToken.of(token)));
        gateway.revoke(library, AccessToken.of(token));
        SmhException dead = failure(() -> gateway.renew(library, AccessToken.of(token)));

        assertFalse(captured.list.isEmpty(), "the gateway logs its calls");
        for (ILoggingEvent event : captured.list) {
            leaks.assertClean(event.getFormattedMessage());
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                leaks.assertClean(thrown.getMessage());
            }
        }
        leaks.assertClean(dead);
    }
}
