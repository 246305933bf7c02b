package dev.smhtoken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import dev.smhtoken.token.VaultStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command end to end, the way a user runs it: the packaged jar in its own JVM, a vault in a
 * temporary folder, the project's SMH emulator on 127.0.0.1, secrets piped to standard input.
 * Vaults are seeded in-process through the real store, so JVM starts are spent on the commands.
 */
class CommandLineIT {
    private static final String SECRET = "s3cret-of-the-library";
    private static final Duration DAY = Duration.ofHours(24);
    private static final Map<String, String> PASSWORD_ENVIRONMENT = Map.of(PasswordSource.VARIABLE, TestVaults.PASSWORD);
    private static SmhEmulator emulator;
    private static String host;

    @TempDir
    Path temp;
    private Path dataDir;
    private JarRunner jar;

    @BeforeAll
    static void startEmulator() {
        emulator = SmhEmulator.start();
        host = emulator.baseUri().toString();
        for (String id : List.of("smhpaste", "smhgen", "smhmany", "smhone", "smhtwo", "smhrev", "smhexp")) {
            emulator.addLibrary(id, SECRET);
        }
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void folders() throws IOException {
        dataDir = Files.createDirectories(temp.resolve("data"));
        TestVaults.create(dataDir);
        jar = new JarRunner(temp);
    }

    // ---- add ----------------------------------------------------------------------------------

    @Test
    void addsAPastedTokenFromStdinAndListsItAsJsonFieldByField() throws IOException {
        String value = emulator.issueToken("smhpaste", Duration.ofHours(2), Instant.now().plus(Duration.ofMinutes(30)));
        Instant before = Instant.now();

        JarRunner.Result added = jar.run(dataDir, value + "\n", "add", "smhpaste", "--name", "Marketing assets",
                "--host", host, "--label", "uploads", "--token-stdin").expect(0);
        assertTrue(added.out().contains("Added smhpaste/uploads"), added.out());
        assertFalse(added.out().contains(value) || added.err().contains(value), "the token was echoed");
        assertEquals(1, emulator.renewCount(value), "a pasted token is renewed once to check it");

        JsonNode rows = new ObjectMapper().readTree(jar.run(dataDir, null, "list", "--json").expect(0).out());
        assertEquals(1, rows.size());
        JsonNode row = rows.get(0);
        assertEquals(List.of("libraryId", "name", "host", "label", "state", "expiresAt", "secondsLeft", "lastRenewedAt"),
                fieldNames(row));
        assertEquals("smhpaste", row.get("libraryId").asText());
        assertEquals("Marketing assets", row.get("name").asText());
        assertEquals(host, row.get("host").asText());
        assertEquals("uploads", row.get("label").asText());
        assertEquals("valid", row.get("state").asText());
        // The renew re-armed the token for its 2-hour period, counted from when the request left.
        Instant expiresAt = Instant.parse(row.get("expiresAt").asText());
        assertTrue(!expiresAt.isBefore(before.plus(Duration.ofHours(2)).minusSeconds(1))
                && !expiresAt.isAfter(Instant.now().plus(Duration.ofHours(2))), "expiresAt " + expiresAt);
        long secondsLeft = row.get("secondsLeft").asLong();
        assertTrue(secondsLeft > 7000 && secondsLeft <= 7200, "secondsLeft " + secondsLeft);
        Instant renewedAt = Instant.parse(row.get("lastRenewedAt").asText());
        assertTrue(!renewedAt.isBefore(before.minusSeconds(1)), "lastRenewedAt " + renewedAt);

        JsonNode shown = new ObjectMapper().readTree(jar.run(dataDir, null, "list", "--json", "--show-tokens").out());
        assertEquals(savedValue("smhpaste", "uploads"), shown.get(0).get("token").asText());

        JarRunner.Result table = jar.run(dataDir, null, "list").expect(0);
        List<String> lines = table.out().lines().toList();
        assertEquals(2, lines.size(), table.out());
        assertTrue(lines.get(0).startsWith("LIBRARY   NAME              LABEL    STATE  EXPIRES (UTC)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("smhpaste  Marketing assets  uploads  valid  " + row.get("expiresAt").asText()),
                lines.get(1));
        assertEquals(lines.get(0).indexOf("LEFT"), lines.get(1).indexOf(row.get("expiresAt").asText()) + 22);
        assertFalse(table.out().contains(value), "the table shows no token without --show-tokens");
    }

    @Test
    void aTokenSmhRejectsIsNotSavedAndNeitherIsItsNewLibrary() {
        JarRunner.Result result = jar.run(dataDir, "acctk-never-issued-by-smh", "add", "smhpaste", "--host", host,
                "--token-stdin").expect(1);
        assertTrue(result.err().contains("InvalidAccessToken") && result.err().contains("HTTP 403"), result.err());
        assertEquals(1, result.err().lines().count(), "one sentence: " + result.err());
        assertFalse(result.err().contains("acctk-never-issued-by-smh"), "the token reached the error message");
        assertEquals(0, store().load().libraries().size(), "the library made for the token was taken away again");
    }

    @Test
    void generatesWithTheLibrarySecretFromStdin() {
        jar.run(dataDir, SECRET + "\n", "add", "smhgen", "--host", host, "--generate", "--period", "3600",
                "--grant", "upload_file, delete_file", "--user-id", "designer-01").expect(0);
        Token token = store().load().token(new TokenRef("smhgen", "default")).orElseThrow();
        assertEquals(Duration.ofHours(1), token.period());
        assertEquals("upload_file,delete_file", token.origin().grant());
        assertEquals("designer-01", token.origin().userId());
        assertEquals("smhgen", emulator.token(token.value().reveal()).orElseThrow().libraryId());
        String vaultText = readVaultFile();
        assertFalse(vaultText.contains(SECRET), "the library secret was saved");

        JarRunner.Result wrong = jar.run(dataDir, "not-the-secret", "add", "smhgen", "--label", "second",
                "--generate").expect(1);
        assertTrue(wrong.err().contains("WrongLibraryIdOrSecret") && wrong.err().contains("HTTP 404"), wrong.err());
        assertFalse(wrong.err().contains("not-the-secret"));
        assertEquals(1, store().load().tokenCount());
    }

    @Test
    void aRememberedSecretGeneratesWhenNoneIsPipedAndIsNeverExported() throws IOException {
        seed(library("smhgen").withRememberedSecret(LibrarySecret.wrap(SECRET.toCharArray())));

        JarRunner.Result added = jar.run(dataDir, "", "add", "smhgen", "--generate", "--period", "3600").expect(0);
        assertTrue(added.out().startsWith("Added smhgen/default with the library secret remembered in the vault"),
                added.out());
        Token token = store().load().token(new TokenRef("smhgen", "default")).orElseThrow();
        assertEquals(Duration.ofHours(1), token.period());
        assertEquals("smhgen", emulator.token(token.value().reveal()).orElseThrow().libraryId());

        // The export is plain JSON: a remembered secret stays in the vault, even with --include-secrets.
        Path file = temp.resolve("export.json");
        jar.run(dataDir, null, "export", file.toString(), "--include-secrets").expect(0);
        assertFalse(Files.readString(file).contains(SECRET), "the remembered secret was exported");

        store().update(vault -> vault.withLibrary(vault.library("smhgen").orElseThrow()
                .withRememberedSecret(LibrarySecret.wrap("stale-remembered-cli-secret".toCharArray()))));
        JarRunner.Result wrong = jar.run(dataDir, "", "add", "smhgen", "--label", "second", "--generate").expect(1);
        assertTrue(wrong.err().startsWith("WrongLibraryIdOrSecret: SMH refused the library secret remembered in the"
                + " vault for smhgen (HTTP 404). Type its current secret"), wrong.err());
        assertEquals(1, wrong.err().lines().count(), "one sentence: " + wrong.err());

        jar.run(dataDir, SECRET + "\n", "add", "smhgen", "--label", "third", "--generate").expect(0);
        assertEquals(2, store().load().tokenCount(), "a secret piped in is used over the remembered one");
    }

    @Test
    void secretsComeOnStdinOnlyNeverAsArguments() {
        JarRunner.Result asArgument = jar.run(dataDir, null, "add", "smhpaste", "--host", host, "--token",
                "acctk-typed-on-the-command-line").expect(2);
        assertTrue(asArgument.err().contains("--token"), asArgument.err());
        jar.run(dataDir, null, "add", "smhpaste", "--host", host, "--token-stdin", "acctk-as-a-second-word").expect(2);
        JarRunner.Result empty = jar.run(dataDir, "", "add", "smhpaste", "--host", host, "--token-stdin").expect(2);
        assertTrue(empty.err().contains("Nothing came in on standard input"), empty.err());
        jar.run(dataDir, "x", "add", "smhpaste", "--token-stdin", "--generate").expect(2);
        assertEquals(0, store().load().libraries().size(), "a refused add saved something");
    }

    // ---- renew ----------------------------------------------------------------------------------

    @Test
    void renewsSeveralAndReportsTheOneThatFailedWithExitCode1() {
        Instant now = Instant.now();
        Token first = issued("smhmany", "first", Duration.ofHours(1), now.plus(Duration.ofMinutes(5)));
        Token second = issued("smhmany", "second", Duration.ofHours(1), now.plus(Duration.ofMinutes(40)));
        Token dead = new Token("dead", AccessToken.of("acctk-unknown-to-smh"), now.plus(Duration.ofMinutes(20)),
                now.minus(Duration.ofMinutes(40)), Duration.ofHours(1), null, null);
        seed(library("smhmany", first, dead, second));

        JarRunner.Result result = jar.run(dataDir, null, "renew", "--all").expect(1);

        List<String> renewed = result.out().lines().toList();
        assertEquals(2, renewed.size(), result.out());
        assertTrue(renewed.get(0).startsWith("renewed smhmany/first: expires "), renewed.get(0));
        assertTrue(renewed.get(1).startsWith("renewed smhmany/second: expires "), renewed.get(1));
        List<String> failed = result.err().lines().toList();
        assertEquals(1, failed.size(), result.err());
        assertTrue(failed.get(0).startsWith("failed  smhmany/dead: InvalidAccessToken") && failed.get(0).contains("HTTP 403"),
                failed.get(0));
        Vault after = store().load();
        assertTrue(after.token(new TokenRef("smhmany", "first")).orElseThrow().expiresAt()
                .isAfter(now.plus(Duration.ofMinutes(59))), "first was renewed");
        assertTrue(after.token(new TokenRef("smhmany", "second")).orElseThrow().expiresAt()
                .isAfter(now.plus(Duration.ofMinutes(59))), "second was renewed after the failure");
        assertEquals(dead.expiresAt(), after.token(new TokenRef("smhmany", "dead")).orElseThrow().expiresAt());
    }

    @Test
    void renewsByReferenceOrByTimeLeft() {
        Instant now = Instant.now();
        Token soon = issued("smhone", "default", DAY, now.plus(Duration.ofMinutes(10)));
        Token later = issued("smhtwo", "later", DAY, now.plus(Duration.ofHours(20)));
        Token alsoLater = issued("smhtwo", "other", DAY, now.plus(Duration.ofHours(21)));
        seed(library("smhone", soon), library("smhtwo", later, alsoLater));

        JarRunner.Result expiring = jar.run(dataDir, null, "renew", "--expiring-within", "15m").expect(0);
        assertEquals(List.of("smhone/default"), renewedRefs(expiring));
        assertEquals(0, emulator.renewCount(later.value().reveal()));

        JarRunner.Result named = jar.run(dataDir, null, "renew", "smhtwo/later", "smhone").expect(0);
        assertEquals(List.of("smhtwo/later", "smhone/default"), renewedRefs(named));
        assertEquals(0, emulator.renewCount(alsoLater.value().reveal()));

        jar.run(dataDir, null, "renew", "--expiring-within", "PT22H").expect(0);
        assertEquals(1, emulator.renewCount(alsoLater.value().reveal()));

        JarRunner.Result nothingChosen = jar.run(dataDir, null, "renew").expect(2);
        assertTrue(nothingChosen.err().contains("REF..., --all or --expiring-within"), nothingChosen.err());
        JarRunner.Result badDuration = jar.run(dataDir, null, "renew", "--expiring-within", "soon").expect(2);
        assertTrue(badDuration.err().contains("not a duration"), badDuration.err());
    }

    // ---- references, token ------------------------------------------------------------------------

    @Test
    void printsTheTokenAloneAndExplainsUnknownAndAmbiguousReferences() {
        Instant now = Instant.now();
        Token a = issued("smhtwo", "a", DAY, now.plus(DAY));
        Token b = issued("smhtwo", "b", DAY, now.plus(DAY));
        Token only = issued("smhone", "default", DAY, now.plus(DAY));
        seed(library("smhtwo", a, b), library("smhone", only));

        assertEquals(a.value().reveal() + System.lineSeparator(), jar.run(dataDir, null, "token", "smhtwo/a").expect(0).out());
        assertEquals(only.value().reveal(), jar.run(dataDir, null, "token", "smhone").expect(0).out().strip());

        JarRunner.Result ambiguous = jar.run(dataDir, null, "token", "smhtwo").expect(2);
        assertTrue(ambiguous.err().contains("smhtwo/a, smhtwo/b"), ambiguous.err());
        assertEquals("", ambiguous.out());
        JarRunner.Result unknown = jar.run(dataDir, null, "token", "smhnone").expect(2);
        assertTrue(unknown.err().contains("no saved library \"smhnone\"")
                && unknown.err().contains("smhtwo/a, smhtwo/b, smhone/default"), unknown.err());
        JarRunner.Result unknownLabel = jar.run(dataDir, null, "token", "smhtwo/c").expect(2);
        assertTrue(unknownLabel.err().contains("no token labelled \"c\""), unknownLabel.err());
    }

    // ---- revoke, remove -----------------------------------------------------------------------------

    @Test
    void revokesAtSmhThenMarksTheTokenRevoked() {
        Instant now = Instant.now();
        Token token = issued("smhrev", "default", DAY, now.plus(DAY));
        Token unknown = new Token("ghost", AccessToken.of("acctk-ghost"), now.plus(DAY), now, DAY, null, null);
        seed(library("smhrev", token, unknown));

        jar.run(dataDir, null, "revoke", "smhrev/default").expect(0);
        assertTrue(emulator.token(token.value().reveal()).orElseThrow().revoked(), "SMH was not told");
        assertNotNull(store().load().token(new TokenRef("smhrev", "default")).orElseThrow().revokedAt());
        JarRunner.Result again = jar.run(dataDir, null, "revoke", "smhrev/default").expect(2);
        assertTrue(again.err().contains("already revoked"), again.err());
        JarRunner.Result copyRevoked = jar.run(dataDir, null, "token", "smhrev/default").expect(2);
        assertTrue(copyRevoked.err().contains("was revoked"), copyRevoked.err());

        JarRunner.Result refused = jar.run(dataDir, null, "revoke", "smhrev/ghost").expect(1);
        assertTrue(refused.err().contains("InvalidAccessToken"), refused.err());
        assertNull(store().load().token(new TokenRef("smhrev", "ghost")).orElseThrow().revokedAt());
    }

    @Test
    void removeAsksFirstUnlessYes() {
        Instant now = Instant.now();
        seed(library("smhtwo", issued("smhtwo", "a", DAY, now.plus(DAY)), issued("smhtwo", "b", DAY, now.plus(DAY))));

        JarRunner.Result declined = jar.run(dataDir, "n\n", "remove", "smhtwo/a").expect(0);
        assertTrue(declined.err().contains("[y/N]") && declined.err().contains("Nothing was removed"), declined.err());
        JarRunner.Result noAnswer = jar.run(dataDir, "", "remove", "smhtwo/a").expect(2);
        assertTrue(noAnswer.err().contains("--yes"), noAnswer.err());
        assertEquals(2, store().load().tokenCount());

        jar.run(dataDir, "yes\n", "remove", "smhtwo/a").expect(0);
        jar.run(dataDir, null, "remove", "smhtwo", "--yes").expect(0);
        assertEquals(0, store().load().tokenCount());
        assertTrue(store().load().library("smhtwo").isPresent(), "the library stays");
    }

    // ---- copy ----------------------------------------------------------------------------------------

    @Test
    void copyWithoutADisplaySaysToUseTokenInAPipe() {
        seed(library("smhone", issued("smhone", "default", DAY, Instant.now().plus(DAY))));
        JarRunner.Result result = jar.run(dataDir, null, "copy", "smhone").expect(2);
        assertEquals("No clipboard is available here (no display): use `smh-token-manager token REF` in a pipe instead.",
                result.err().strip());
        assertEquals("", result.out());
    }

    // ---- export, import --------------------------------------------------------------------------------

    @Test
    void exportAndImportRoundTripWithSecrets() throws IOException {
        Instant now = Instant.now();
        Token a = issued("smhexp", "a", DAY, now.plus(Duration.ofHours(3)));
        Token b = issued("smhexp", "b", Duration.ofHours(2), now.plus(Duration.ofHours(1))).withAutoRenew(true);
        seed(library("smhexp", a, b), new Library(LibraryAddress.of("smhempty", host), "Nothing yet", List.of()));
        Path file = temp.resolve("export.json");

        jar.run(dataDir, null, "export", file.toString(), "--include-secrets").expect(0);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals(1, json.get("formatVersion").asInt());
        assertTrue(json.get("includesTokens").asBoolean());

        Path other = otherVault();
        JarRunner.Result imported = jar.run(other, null, "import", file.toString()).expect(0);
        assertTrue(imported.out().startsWith("Imported 2 tokens and 2 new libraries"), imported.out());
        assertEquals(store().load().libraries(), TestVaults.open(other).load().libraries(),
                "the import holds the same libraries and tokens");

        // Again into the same vault: saved tokens are kept, and said so, unless --replace.
        JarRunner.Result again = jar.run(other, null, "import", file.toString()).expect(0);
        assertTrue(again.out().contains("skipped smhexp/a: a token with this label is already saved"), again.out());
        assertTrue(jar.run(other, null, "import", file.toString(), "--replace").expect(0).out()
                .startsWith("Imported 2 tokens and 0 new libraries"));
    }

    @Test
    void anExportWithoutSecretsRestoresLibrariesAndSaysWhyTokensWereSkipped() throws IOException {
        Token a = issued("smhexp", "a", DAY, Instant.now().plus(DAY));
        seed(library("smhexp", a));
        Path file = temp.resolve("public.json");

        jar.run(dataDir, null, "export", file.toString()).expect(0);
        String text = Files.readString(file);
        assertFalse(text.contains(a.value().reveal()), "a token value was exported without --include-secrets");

        Path other = otherVault();
        JarRunner.Result imported = jar.run(other, null, "import", file.toString()).expect(0);
        assertTrue(imported.out().contains("skipped smhexp/a: the file holds no token value"), imported.out());
        Vault restored = TestVaults.open(other).load();
        assertEquals(host, restored.library("smhexp").orElseThrow().host().toString());
        assertEquals(0, restored.tokenCount());
    }

    @Test
    void aBadImportFileImportsNothing() throws IOException {
        seed(library("smhone", issued("smhone", "default", DAY, Instant.now().plus(DAY))));
        Vault before = store().load();
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, """
                {"formatVersion": 1, "libraries": [
                  {"libraryId": "smhfine", "host": "%s", "tokens": [{"label": "x", "token": "acctk-fine"}]},
                  {"libraryId": "smhbad", "host": "http://example.com", "tokens": []}]}
                """.formatted(host));
        JarRunner.Result result = jar.run(dataDir, null, "import", bad.toString()).expect(2);
        assertTrue(result.err().startsWith("Nothing was imported from") && result.err().contains("library 2 (smhbad)")
                && result.err().contains("HTTPS"), result.err());
        Files.writeString(bad, "{\"formatVersion\": 7, \"libraries\": []}");
        assertTrue(jar.run(dataDir, null, "import", bad.toString()).expect(2).err().contains("newer version"));
        assertEquals(before, store().load());
    }

    // ---- exit code 3, usage, completion, no JavaFX -----------------------------------------------------

    @Test
    void aLockedVaultExitsWith3AndSaysHowToUnlockIt() {
        JarRunner.Result noPassword = jar.runWith(Map.of(), dataDir, null, "list").expect(3);
        assertEquals("The vault is locked with a master password and there is no terminal to ask for it: set the"
                + " environment variable SMH_TOKEN_MANAGER_PASSWORD.", noPassword.err().strip());
        JarRunner.Result wrong = jar.runWith(Map.of(PasswordSource.VARIABLE, "not the password"), dataDir, null, "list")
                .expect(3);
        assertEquals(1, wrong.err().strip().lines().count(), wrong.err());
        assertTrue(wrong.err().toLowerCase(java.util.Locale.ROOT).contains("password"), wrong.err());
        assertFalse(wrong.err().contains("not the password"), "the password was echoed");
    }

    @Test
    void theFirstSaveMakesTheVaultWithThePasswordFromTheEnvironment() throws IOException {
        Path fresh = temp.resolve("fresh");
        String value = emulator.issueToken("smhpaste", DAY, Instant.now().plus(DAY));
        jar.run(fresh, null, "list").expect(0);
        assertFalse(Files.exists(TestVaults.file(fresh)), "list made a vault");

        jar.run(fresh, value, "add", "smhpaste", "--host", host, "--token-stdin").expect(0);
        assertEquals(1, TestVaults.open(fresh).load().tokenCount());
        assertFalse(new String(Files.readAllBytes(TestVaults.file(fresh)), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(value), "the vault file holds the token in the clear");
    }

    @Test
    void aMissingVaultBesideItsBackupsIsNotStartedAfresh() throws IOException {
        Instant now = Instant.now();
        seed(library("smhone", issued("smhone", "default", DAY, now.plus(DAY))));
        Files.move(TestVaults.file(dataDir), temp.resolve("moved-away.smhv"));
        Path backups = dataDir.resolve("backups");
        List<String> backupsBefore;
        try (Stream<Path> files = Files.list(backups)) {
            backupsBefore = files.map(Path::toString).sorted().toList();
        }
        assertFalse(backupsBefore.isEmpty());

        JarRunner.Result list = jar.run(dataDir, null, "list").expect(3);
        assertEquals(1, list.err().strip().lines().count(), list.err());
        assertTrue(list.err().contains("is missing, but what is left of a vault is still there (" + backups + ")")
                && list.err().contains("restore the newest backup that opens"), list.err());
        String value = emulator.issueToken("smhpaste", DAY, now.plus(DAY));
        JarRunner.Result add = jar.runWith(Map.of(PasswordSource.VARIABLE, "another password entirely"), dataDir,
                value, "add", "smhpaste", "--host", host, "--token-stdin").expect(3);
        assertTrue(add.err().contains("is missing"), add.err());

        assertFalse(Files.exists(TestVaults.file(dataDir)), "a new vault was started");
        try (Stream<Path> files = Files.list(backups)) {
            assertEquals(backupsBefore, files.map(Path::toString).sorted().toList(), "the backups changed");
        }
        assertEquals(0, emulator.renewCount(value), "SMH was asked before the vault was found missing");
    }

    @Test
    void aPlantedPlainVaultIsNeverOpenedAndNoVaultStartsBesideIt() throws IOException {
        Path fresh = Files.createDirectories(temp.resolve("planted"));
        // The unencrypted vault of development versions, its library pointing at someone else's server.
        dev.smhtoken.vault.PlainVaultStore plainStore = new dev.smhtoken.vault.PlainVaultStore(fresh);
        plainStore.update(v -> v.withLibrary(Library.of("smhpaste", "Marketing", host)));
        Path plain = plainStore.file();
        byte[] planted = Files.readAllBytes(plain);
        String value = emulator.issueToken("smhpaste", DAY, Instant.now().plus(DAY));

        JarRunner.Result list = jar.run(fresh, null, "list", "--json").expect(3);
        assertTrue(list.err().contains("an unencrypted vault of a development version")
                && list.err().contains("move " + plain + " out of the data folder"), list.err());
        assertEquals("", list.out());
        jar.run(fresh, value, "add", "smhpaste", "--token-stdin").expect(3);

        assertEquals(0, emulator.renewCount(value), "the pasted token went to the planted library's host");
        assertFalse(Files.exists(TestVaults.file(fresh)), "a vault was made beside the plain file");
        assertTrue(java.util.Arrays.equals(planted, Files.readAllBytes(plain)), "the plain file was changed");
    }

    @Test
    void passwdChangesTheMasterPasswordAndTheOldOneIsRefusedFromThenOn() throws IOException {
        seed(library("smhone", issued("smhone", "default", DAY, Instant.now().plus(DAY))));
        String changed = "a brand new master password";
        byte[] before = Files.readAllBytes(TestVaults.file(dataDir));

        // Neither the variable nor a terminal nor --new-password-stdin: a usage error, nothing changed.
        JarRunner.Result nowhere = jar.run(dataDir, changed, "passwd").expect(2);
        assertTrue(nowhere.err().contains(PasswordSource.NEW_VARIABLE) && nowhere.err().contains("Nothing was changed"),
                nowhere.err());
        JarRunner.Result tooShort = jar.run(dataDir, "short\n", "passwd", "--new-password-stdin").expect(2);
        assertTrue(tooShort.err().contains("at least 8 characters"), tooShort.err());
        JarRunner.Result asArgument = jar.run(dataDir, null, "passwd", changed).expect(2);
        assertTrue(asArgument.err().contains("Unmatched argument"), "a password is never taken as an argument: "
                + asArgument.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(TestVaults.file(dataDir))), "the vault changed");

        JarRunner.Result done = jar.run(dataDir, changed + "\n", "passwd", "--new-password-stdin").expect(0);
        assertTrue(done.out().contains("The master password was changed") && done.out().contains("Backups keep"),
                done.out());
        assertFalse(done.out().contains(changed) || done.err().contains(changed), "the password was echoed");

        JarRunner.Result old = jar.run(dataDir, null, "list").expect(3);
        assertTrue(old.err().contains("The master password is wrong"), old.err());
        JarRunner.Result listed = jar.runWith(Map.of(PasswordSource.VARIABLE, changed), dataDir, null, "list").expect(0);
        assertTrue(listed.out().contains("smhone"), listed.out());

        // From the environment too, and back again.
        jar.runWith(Map.of(PasswordSource.VARIABLE, changed, PasswordSource.NEW_VARIABLE, TestVaults.PASSWORD), dataDir,
                null, "passwd").expect(0);
        assertEquals(1, store().load().tokenCount(), "the test password opens it again, the tokens all there");
    }

    @Test
    void anUnreadableVaultExitsWith3AndOneSentence() throws IOException {
        Files.writeString(TestVaults.file(dataDir), "{ this is not a vault");
        JarRunner.Result result = jar.run(dataDir, null, "list").expect(3);
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("vault"), result.err());
        assertFalse(result.err().contains("\tat "), "a stack trace without --debug");
        JarRunner.Result debug = jar.run(dataDir, null, "--debug", "token", "x").expect(3);
        assertTrue(debug.err().contains("\tat "), "--debug shows the stack trace");
    }

    @Test
    void helpUsageErrorsAndTheCompletionScript() {
        JarRunner.Result help = jar.run(dataDir, null, "--help").expect(0);
        assertTrue(help.out().contains("Usage: smh-token-manager") && help.out().contains("renew"), help.out());
        JarRunner.Result typo = jar.run(dataDir, null, "lis").expect(2);
        assertTrue(typo.err().contains("'lis'") && typo.err().contains("Did you mean: smh-token-manager list?"), typo.err());
        JarRunner.Result completion = jar.run(dataDir, null, "completion").expect(0);
        assertTrue(completion.out().contains("complete -F") && completion.out().contains("smh-token-manager")
                && completion.out().contains("--expiring-within"), completion.out());
    }

    @Test
    void theCommandLineNeverLoadsJavaFx() {
        Instant now = Instant.now();
        seed(library("smhone", issued("smhone", "default", DAY, now.plus(Duration.ofMinutes(5)))));

        // Without a single JavaFX jar on the class path, a renew (HTTP, vault, output) still works.
        String classPath;
        try (Stream<Path> libs = Files.list(JarRunner.JAR.resolveSibling("lib"))) {
            classPath = Stream.concat(Stream.of(JarRunner.JAR), libs.filter(p -> !p.getFileName().toString().startsWith("javafx")))
                    .map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        JarRunner.Result withoutJavaFx = jar.java(List.of("-cp", classPath, "dev.smhtoken.Main", "--data-dir",
                dataDir.toString(), "renew", "smhone"), null, PASSWORD_ENVIRONMENT).expect(0);
        assertTrue(withoutJavaFx.out().startsWith("renewed smhone/default"), withoutJavaFx.out());

        // And with them there, not one JavaFX class is loaded.
        JarRunner.Result verbose = jar.java(List.of("-verbose:class", "-jar", JarRunner.JAR.toString(), "--data-dir",
                dataDir.toString(), "list"), null, PASSWORD_ENVIRONMENT).expect(0);
        assertTrue(verbose.out().contains("dev.smhtoken.cli.ListCommand"), "-verbose:class printed nothing useful");
        assertFalse(verbose.out().contains("javafx."), "JavaFX was loaded on the command-line path");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private VaultStore store() {
        return TestVaults.open(dataDir);
    }

    private Path otherVault() throws IOException {
        Path other = Files.createDirectories(temp.resolve("other"));
        TestVaults.create(other);
        return other;
    }

    private String readVaultFile() {
        try {
            return new String(Files.readAllBytes(TestVaults.file(dataDir)), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String savedValue(String libraryId, String label) {
        return store().load().token(new TokenRef(libraryId, label)).orElseThrow().value().reveal();
    }

    private void seed(Library... libraries) {
        store().update(vault -> {
            Vault result = vault;
            for (Library library : libraries) {
                result = result.withLibrary(library);
            }
            return result;
        });
    }

    private static Library library(String id, Token... tokens) {
        return new Library(LibraryAddress.of(id, host), null, List.of(tokens));
    }

    /** A token the emulator issued earlier, saved as if renewed one period before its expiry. */
    private static Token issued(String libraryId, String label, Duration period, Instant expiresAt) {
        String value = emulator.issueToken(libraryId, period, expiresAt);
        return new Token(label, AccessToken.of(value), expiresAt, expiresAt.minus(period), period, null, null);
    }

    private static List<String> renewedRefs(JarRunner.Result result) {
        return result.out().lines().map(line -> line.substring("renewed ".length(), line.indexOf(':'))).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

}
