package dev.smhtoken.vault;

import java.io.IOException;
import java.nio.file.Path;

/** Child process: tries the window lock, prints "held" or "refused: <message>", then waits until stdin closes. */
public final class WindowLockChild {
    private WindowLockChild() {
    }

    public static void main(String[] args) throws IOException {
        try (WindowLock lock = WindowLock.tryAcquire(Path.of(args[0]))) {
            System.out.println("held");
            System.out.flush();
            System.in.read();
        } catch (WindowAlreadyOpenException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
