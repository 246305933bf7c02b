package dev.smhtoken.vault;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new master password must be long enough; a refused one creates nothing. */
class PasswordRulesTest {
    @TempDir
    Path dir;

    @Test
    void aTooShortNewPasswordIsRefusedWithAdviceAndNothingIsWritten() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> VaultFixtures.withoutKeychain(dir).create("seven77".toCharArray()));
        assertTrue(refused.getMessage().contains("at least 8 characters"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("vault.smhv")));
    }

    @Test
    void eightCharactersAreEnough() {
        VaultFixtures.withoutKeychain(dir).create("eight888".toCharArray());
        assertTrue(Files.exists(dir.resolve("vault.smhv")));
    }
}
