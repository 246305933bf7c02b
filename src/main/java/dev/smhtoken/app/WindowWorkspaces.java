package dev.smhtoken.app;

import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.token.TokenUseCases;
import dev.smhtoken.token.VaultGate;
import dev.smhtoken.ui.shell.Workspaces;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The window's vaults: the user's, watched by a {@link VaultSession}, and the demo's, made on first
 * use and closed with the app. Both renew on the app's renew workers over the one SMH client.
 */
final class WindowWorkspaces implements Workspaces, AutoCloseable {
    private final HttpSmhGateway smh;
    private final Clock clock;
    private final Executor renewWorkers;
    private final VaultSession session;
    private DemoWorkspace demo;

    WindowWorkspaces(HttpSmhGateway smh, Clock clock, Executor renewWorkers, VaultSession session) {
        this.smh = smh;
        this.clock = clock;
        this.renewWorkers = renewWorkers;
        this.session = session;
    }

    @Override
    public TokenUseCases open(VaultGate.OpenVault vault) {
        return TokenUseCases.of(smh, session.open(vault), clock, renewWorkers);
    }

    @Override
    public synchronized TokenUseCases demo() {
        if (demo == null) {
            demo = DemoWorkspace.start(smh, clock, renewWorkers);
        }
        return demo.useCases();
    }

    @Override
    public boolean lock() {
        return session.lock();
    }

    @Override
    public void changePassword(char[] newPassword) {
        session.changePassword(newPassword);
    }

    @Override
    public void leave() {
        session.close();
    }

    @Override
    public synchronized void close() {
        session.close();
        if (demo != null) {
            demo.close();
        }
    }
}
