package dev.smhtoken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** Durations, references, the window/command-line decision and where a password may come from. */
class ParsingTest {
    @Test
    void durationsInShortAndIsoForms() {
        assertEquals(Duration.ofSeconds(90), DurationParser.parse("90s"));
        assertEquals(Duration.ofMinutes(15), DurationParser.parse("15m"));
        assertEquals(Duration.ofHours(2), DurationParser.parse("2h"));
        assertEquals(Duration.ofDays(1), DurationParser.parse("1d"));
        assertEquals(Duration.ofMinutes(90), DurationParser.parse("1h30m"));
        assertEquals(Duration.ofMinutes(15), DurationParser.parse("PT15M"));
        assertEquals(Duration.ofMinutes(15), DurationParser.parse("pt15m"));
        assertEquals(Duration.ofDays(2), DurationParser.parse("P2D"));
        for (String bad : List.of("", "15", "m", "15x", "-5m", "PT-5M", "1.5h", "soon", "99999999999999999999d")) {
            TypeConversionException error = assertThrows(TypeConversionException.class, () -> DurationParser.parse(bad), bad);
            assertTrue(error.getMessage().contains("90s, 15m, 2h, 1d"), error.getMessage());
        }
        assertEquals(Duration.ofSeconds(3600), new AddCommand.PeriodConverter().convert("3600"));
        assertEquals(Duration.ofHours(2), new AddCommand.PeriodConverter().convert("2h"));
    }

    @Test
    void aWrongReferenceIntoAHugeVaultListsAFewCandidatesAndQuotesItselfShort() {
        List<Library> libraries = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            libraries.add(library("lib" + i, "default"));
        }
        String message = message(new Vault(libraries), "x".repeat(100_000) + "\u001b[2J");

        assertTrue(message.contains("Saved tokens: lib0/default, lib1/default,"), message);
        assertTrue(message.contains("lib19/default and 4980 more (see `list`)."), message);
        assertFalse(message.contains("lib20/default"), message);
        assertTrue(message.length() < 800, "a message of " + message.length() + " characters");
        assertFalse(message.contains("\u001b"), "a raw escape");
    }

    @Test
    void referencesNameATokenOrListTheCandidates() {
        Vault vault = new Vault(List.of(
                library("solo", "default"), library("pair", "a", "b"), library("empty")));
        assertEquals(new TokenRef("solo", "default"), TokenRefs.resolve(vault, "solo"));
        assertEquals(new TokenRef("pair", "b"), TokenRefs.resolve(vault, "pair/b"));
        assertEquals(new TokenRef("solo", "default"), TokenRefs.resolve(vault, " solo/default "));

        assertTrue(message(vault, "pair").contains("has 2 tokens, so name one: pair/a, pair/b"));
        assertTrue(message(vault, "nope").contains("Saved tokens: solo/default, pair/a, pair/b."));
        assertTrue(message(vault, "pair/c").contains("Its tokens: pair/a, pair/b."));
        assertTrue(message(vault, "empty").contains("has no saved tokens"));
        assertTrue(message(Vault.EMPTY, "x").contains("holds no tokens yet"));
        assertTrue(message(vault, "").contains("empty"));
    }

    @Test
    void onlyACommandGoesToTheCommandLine() {
        assertFalse(LaunchMode.wantsCommandLine(new String[0]));
        assertFalse(LaunchMode.wantsCommandLine(new String[] {"--demo"}));
        assertFalse(LaunchMode.wantsCommandLine(new String[] {"--data-dir", "list"}));
        assertFalse(LaunchMode.wantsCommandLine(new String[] {"--data-dir=/x", "--demo"}));
        assertFalse(LaunchMode.wantsCommandLine(new String[] {"--data-dir", "/x", "--background"}), "the login item's start");
        assertTrue(LaunchMode.wantsCommandLine(new String[] {"list"}));
        assertTrue(LaunchMode.wantsCommandLine(new String[] {"--data-dir", "/x", "list"}));
        assertTrue(LaunchMode.wantsCommandLine(new String[] {"--help"}));
        assertTrue(LaunchMode.wantsCommandLine(new String[] {"--debug", "token", "x"}));
        assertTrue(LaunchMode.wantsCommandLine(new String[] {"lsit"}), "a typo is explained, not a window opened");
    }

    @Test
    void thePasswordComesFromTheVariableOrElseTheVaultStaysLocked() {
        char[] fromVariable = new PasswordSource(terminal(Map.of(PasswordSource.VARIABLE, "correct horse"))).password();
        assertEquals("correct horse", new String(fromVariable));

        VaultException locked = assertThrows(VaultException.class, () -> new PasswordSource(terminal(Map.of())).password());
        assertTrue(locked.getMessage().contains("set the environment variable " + PasswordSource.VARIABLE), locked.getMessage());
        assertEquals(ExitCode.VAULT, Cli.ErrorReport.exitCode(locked));
    }

    @Test
    void secretsFromAPipeLoseTheirSurroundingWhiteSpace() {
        Terminal piped = new Terminal(new ByteArrayInputStream(" \n acctk-pasted \r\n\n".getBytes()), System.out, System.err,
                Map.of(), null);
        assertEquals("acctk-pasted", new String(new StdinSecrets(piped).read("token")));
    }

    @Test
    void tablesAlignEveryColumnButTheLast() {
        assertEquals(List.of("A     BB  C", "long  x   last"), TextTable.align(List.of(List.of("A", "BB", "C"),
                List.of("long", "x", "last"))));
    }

    private static String message(Vault vault, String ref) {
        return assertThrows(UsageException.class, () -> TokenRefs.resolve(vault, ref)).getMessage();
    }

    private static Library library(String id, String... labels) {
        List<Token> tokens = java.util.Arrays.stream(labels).map(label -> Token.pasted(label, AccessToken.of("acctk-" + label)))
                .toList();
        return new Library(LibraryAddress.of(id, "https://" + id + ".example.com"), null, tokens);
    }

    private static Terminal terminal(Map<String, String> environment) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new Terminal(new ByteArrayInputStream(new byte[0]), sink, sink, environment, null);
    }
}
