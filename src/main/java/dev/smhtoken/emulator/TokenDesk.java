package dev.smhtoken.emulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The emulator's state and the four token operations, with SMH's rules and error codes. */
final class TokenDesk {
    static final Duration DEFAULT_PERIOD = Duration.ofSeconds(86_400);
    static final Duration MIN_PERIOD = Duration.ofSeconds(300);
    static final Duration MAX_PERIOD = Duration.ofSeconds(315_360_000);
    private static final char[] TOKEN_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int TOKEN_RANDOM_LENGTH = 42;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, EmulatedToken> tokens = new HashMap<>();

    TokenDesk(Clock clock) {
        this.clock = clock;
    }

    void addLibrary(String libraryId, String secret) {
        secrets.put(libraryId, secret);
    }

    synchronized EmulatedToken seed(String libraryId, String value, Duration period, Instant expiresAt) {
        EmulatedToken token = new EmulatedToken(value != null ? value : newTokenValue(), libraryId, period, expiresAt,
                false, null, null, null, null);
        tokens.put(token.value(), token);
        return token;
    }

    synchronized Optional<EmulatedToken> find(String value) {
        return Optional.ofNullable(tokens.get(value));
    }

    /** GET/POST /api/v1/token?library_id=...&library_secret=...[&period=...]... */
    synchronized EmulatedToken generate(Map<String, String> query) {
        String libraryId = query.getOrDefault("library_id", "");
        String secret = query.getOrDefault("library_secret", "");
        if (libraryId.isEmpty() && secret.isEmpty()) {
            throw new EmulatorError(400, "EmptyLibraryIdOrSecret", "library id and secret are empty");
        }
        if (libraryId.isEmpty()) {
            throw new EmulatorError(400, "EmptyLibraryId", "library id is empty");
        }
        if (secret.isEmpty()) {
            throw new EmulatorError(400, "EmptyLibrarySecret", "library secret is empty");
        }
        requireSecret(libraryId, secret);
        Duration period = period(query.get("period"));
        EmulatedToken token = new EmulatedToken(newTokenValue(), libraryId, period, clock.instant().plus(period),
                false, query.get("user_id"), query.get("client_id"), query.get("space_id"), query.get("grant"));
        tokens.put(token.value(), token);
        return token;
    }

    /** POST /api/v1/token/{LibraryId}/{AccessToken}: re-arms with the period it was made with. */
    synchronized EmulatedToken renew(String libraryId, String value) {
        EmulatedToken token = usableToken(libraryId, value);
        EmulatedToken renewed = token.rearmed(clock.instant());
        tokens.put(value, renewed);
        return renewed;
    }

    /** DELETE /api/v1/token/{LibraryId}/{AccessToken}. */
    synchronized void revoke(String libraryId, String value) {
        EmulatedToken token = usableToken(libraryId, value);
        tokens.put(value, token.revoke());
    }

    /** DELETE /api/v1/token/{LibraryId}?library_secret=...&user_id=a,b[&client_id=...]. */
    synchronized int revokeForUsers(String libraryId, Map<String, String> query) {
        requireLibraryId(libraryId);
        String secret = query.getOrDefault("library_secret", "");
        if (secret.isEmpty()) {
            throw new EmulatorError(400, "EmptyLibrarySecret", "library secret is empty");
        }
        requireSecret(libraryId, secret);
        Set<String> users = csv(query.get("user_id"));
        Set<String> clients = csv(query.get("client_id"));
        if (users.isEmpty() || users.size() > 10 || clients.size() > 100) {
            throw new EmulatorError(400, "InvalidArgument", "user_id needs 1 to 10 ids, client_id at most 100");
        }
        int revoked = 0;
        for (EmulatedToken token : List.copyOf(tokens.values())) {
            boolean matches = token.libraryId().equals(libraryId) && users.contains(token.userId())
                    && (clients.isEmpty() || clients.contains(token.clientId()));
            if (matches && !token.revoked()) {
                tokens.put(token.value(), token.revoke());
                revoked++;
            }
        }
        return revoked;
    }

    private EmulatedToken usableToken(String libraryId, String value) {
        requireLibraryId(libraryId);
        if (value.isEmpty()) {
            throw new EmulatorError(400, "EmptyAccessToken", "access token is empty");
        }
        if (!secrets.containsKey(libraryId)) {
            throw new EmulatorError(404, "LibraryNotFound", "library not found");
        }
        EmulatedToken token = tokens.get(value);
        if (token == null || !token.libraryId().equals(libraryId) || !token.usableAt(clock.instant())) {
            throw EmulatorError.invalidToken();
        }
        return token;
    }

    private static void requireLibraryId(String libraryId) {
        if (libraryId.isEmpty()) {
            throw new EmulatorError(400, "EmptyLibraryId", "library id is empty");
        }
    }

    private void requireSecret(String libraryId, String secret) {
        String expected = secrets.get(libraryId);
        if (expected == null || !java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
            throw new EmulatorError(404, "WrongLibraryIdOrSecret", "library id or secret is wrong");
        }
    }

    /** SMH's rules: default 24 h, at least 5 minutes, at most 10 years, a non-number means the default. */
    static Duration period(String text) {
        if (text == null || !text.matches("-?[0-9]+")) {
            return DEFAULT_PERIOD;
        }
        if (text.replaceFirst("^-", "").length() > 12) {
            return text.startsWith("-") ? MIN_PERIOD : MAX_PERIOD;
        }
        Duration asked = Duration.ofSeconds(Long.parseLong(text));
        if (asked.compareTo(MIN_PERIOD) < 0) {
            return MIN_PERIOD;
        }
        return asked.compareTo(MAX_PERIOD) > 0 ? MAX_PERIOD : asked;
    }

    private String newTokenValue() {
        char[] chars = new char[TOKEN_RANDOM_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TOKEN_ALPHABET[random.nextInt(TOKEN_ALPHABET.length)];
        }
        return "acctk" + new String(chars);
    }

    private static Set<String> csv(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return new HashSet<>(Arrays.asList(text.split(",")));
    }
}
