package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;

/**
 * Argon2id cost parameters of a password key slot. They are stored in the vault's header, so a
 * vault keeps opening after the defaults change. Whoever can write to the data folder can edit the
 * header, so a header asking for more than twice the costs this version writes is refused before
 * any work is done: one open then costs at most about four times the usual half second and
 * {@value #MAX_MEMORY_KIB} KiB, never minutes and gigabytes. Lower costs are accepted (they only make
 * a slot cheaper to open, and an edited slot cannot open the vault anyway).
 *
 * @param memoryKiB   memory in KiB
 * @param iterations  passes over the memory
 * @param parallelism lanes
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {
    /**
     * 64 MiB, 3 passes, 1 lane: about 0.4 to 0.5 s on a 2-core machine with a warm JVM (OWASP's
     * minimum for Argon2id is 19 MiB with 2 passes). One lane, as BouncyCastle runs lanes on one
     * thread anyway, so more lanes would cost the user time without costing an attacker more.
     */
    public static final Argon2Params RECOMMENDED = new Argon2Params(64 * 1024, 3, 1);

    static final int MAX_MEMORY_KIB = 2 * 64 * 1024;
    static final int MAX_ITERATIONS = 2 * 3;
    static final int MAX_PARALLELISM = 4;

    /** Why these parameters cannot be used, or null when they can. */
    UserText problem() {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            return UserText.of("error.vault.header.parallelism", String.valueOf(parallelism), String.valueOf(MAX_PARALLELISM));
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            return UserText.of("error.vault.header.iterations", String.valueOf(iterations), String.valueOf(MAX_ITERATIONS));
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            return UserText.of("error.vault.header.memory", String.valueOf(memoryKiB), String.valueOf(8 * parallelism),
                    String.valueOf(MAX_MEMORY_KIB));
        }
        return null;
    }

    Argon2Params requireUsable() {
        UserText problem = problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem.english());
        }
        return this;
    }
}
