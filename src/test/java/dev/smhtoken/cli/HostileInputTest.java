package dev.smhtoken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smhtoken.emulator.Fault;
import dev.smhtoken.emulator.SmhEmulator;
import dev.smhtoken.smh.HttpSmhGateway;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.IssuedToken;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.SmhGateway;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenRef;
import dev.smhtoken.token.Vault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against hostile input: from the server (the project's emulator with scripted
 * faults, on 127.0.0.1), from files and from the user. Run in-process over the real root, vault and
 * HTTP client: each test runs several commands.
 */
class HostileInputTest {
    private static final String SECRET = "hostile-library-secret";
    private static final Duration DAY = Duration.ofDays(1);
    private static SmhEmulator emulator;
    private static String host;

    @TempDir
    Path temp;
    private Path dataDir;
    private InProcessCli cli;

    @BeforeAll
    static void startEmulator() {
        emulator = SmhEmulator.start();
        host = emulator.baseUri().toString();
        for (String id : List.of("smhfirst", "smhsecond", "smhthird")) {
            emulator.addLibrary(id, SECRET);
        }
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void vault() throws IOException {
        dataDir = Files.createDirectories(temp.resolve("data"));
        TestVaults.create(dataDir);
        emulator.faults().clear();
    }

    @AfterEach
    void closeCli() {
        if (cli != null) {
            cli.close();
        }
    }

    // ---- 7: a huge expiresIn, and nothing stops a renew of many ---------------------------------

    @Test
    void aLifetimeBeyondTenYearsIsABadAnswerAndRenewAllGoesOnWithTheRest() {
        List<String> values = seedThree();
        emulator.faults().next(Fault.json("{\"accessToken\":\"" + values.get(0) + "\",\"expiresIn\":100000000000000000}"));
        Token before = saved("smhfirst");
        cli = new InProcessCli(dataDir);

        InProcessCli.Result renewed = cli.run(null, "renew", "--all").expect(1);

        assertTrue(renewed.err().contains("failed  smhfirst/default: SMH at 127.0.0.1:"), renewed.err());
        assertTrue(renewed.err().contains("limit of 10 years"), renewed.err());
        assertTrue(renewed.out().contains("renewed smhsecond/default"), renewed.out());
        assertTrue(renewed.out().contains("renewed smhthird/default"), renewed.out());
        assertEquals(before.expiresAt(), saved("smhfirst").expiresAt(), "a bad answer changes no expiry");
        assertEquals(before.value(), saved("smhfirst").value());
        assertEquals(1, emulator.renewCount(values.get(1)));
        assertEquals(1, emulator.renewCount(values.get(2)));
    }

    @Test
    void anUnexpectedFailureOfOneTokenDoesNotStopRenewAll() {
        List<String> values = seedThree();
        HttpSmhGateway http = new HttpSmhGateway(InProcessCli.settings());
        SmhGateway breaksOnTheFirst = new SmhGateway() {
            @Override
            public IssuedToken generate(LibraryAddress library, LibrarySecret secret, GenerateOptions options) {
                return http.generate(library, secret, options);
            }

            @Override
            public IssuedToken renew(LibraryAddress library, AccessToken token) {
                if (token.reveal().equals(values.get(0))) {
                    throw new IllegalStateException("a defect nobody expected");
                }
                return http.renew(library, token);
            }

            @Override
            public void revoke(LibraryAddress library, AccessToken token) {
                http.revoke(library, token);
            }
        };
        try (http) {
            cli = new InProcessCli(dataDir, breaksOnTheFirst);

            InProcessCli.Result renewed = cli.run(null, "renew", "--all").expect(1);

            assertTrue(renewed.err().contains("failed  smhfirst/default: Something unexpected went wrong"),
                    renewed.err());
            assertFalse(renewed.err().contains("a defect nobody expected"), "a foreign message is not shown");
            assertFalse(renewed.err().contains("IllegalStateException"), "no class name: " + renewed.err());
            assertTrue(renewed.out().contains("renewed smhsecond/default"), renewed.out());
            assertTrue(renewed.out().contains("renewed smhthird/default"), renewed.out());
            assertEquals(1, emulator.renewCount(values.get(2)));
        }
    }

    // ---- 12: ports out of range ----------------------------------------------------------------

    @Test
    void aPortOutOfRangeIsAUsageErrorAndNoVaultIsMade() throws IOException {
        Path fresh = temp.resolve("fresh");
        cli = new InProcessCli(fresh);
        String value = emulator.issueToken("smhfirst", DAY, Instant.now().plus(DAY));

        InProcessCli.Result added = cli.run(value + "\n", "add", "smhfirst", "--host", "http://127.0.0.1:99999",
                "--token-stdin").expect(2);

        assertTrue(added.err().contains("names the port 99999, which does not exist"), added.err());
        assertFalse(Files.exists(TestVaults.file(fresh)), "a vault was made");
        try (var files = Files.list(fresh)) {
            assertEquals(List.of(), files.toList(), "something was written to the data folder");
        }
        assertEquals(0, emulator.renewCount(value), "nothing was sent");
    }

    @Test
    void aPortOutOfRangeChangesNoSavedVault() throws IOException {
        seedThree();
        byte[] before = Files.readAllBytes(TestVaults.file(dataDir));
        cli = new InProcessCli(dataDir);

        cli.run("acctk-some-token\n", "add", "smhnew", "--host", "https://127.0.0.1:70000", "--token-stdin").expect(2);

        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(TestVaults.file(dataDir))), "the vault changed");
    }

    // ---- 10 and 11: sizes and control characters -------------------------------------------------

    @Test
    void controlCharactersFromTheUserAreRefusedAndChangeNothing() throws IOException {
        seedThree();
        byte[] before = Files.readAllBytes(TestVaults.file(dataDir));
        String value = emulator.issueToken("smhfirst", DAY, Instant.now().plus(DAY));
        cli = new InProcessCli(dataDir);

        InProcessCli.Result label = cli.run(value + "\n", "add", "smhfirst", "--label", "up\u001b[2Jloads",
                "--token-stdin").expect(2);
        InProcessCli.Result name = cli.run(value + "\n", "add", "smhsecond", "--label", "other", "--name",
                "Forged\nrow", "--token-stdin").expect(2);
        InProcessCli.Result newName = cli.run(value + "\n", "add", "smhnew", "--host", host, "--name",
                "Clear\u001b[2J", "--token-stdin").expect(2);
        InProcessCli.Result token = cli.run("acctk\u001b[2Jabc\n", "add", "smhfirst", "--label", "pasted",
                "--token-stdin").expect(2);

        assertTrue(label.err().contains("The token label \"up\\u001B[2Jloads\" contains control characters"),
                label.err());
        assertTrue(newName.err().contains("The library name is not allowed"), newName.err());
        assertTrue(token.err().contains("The access token contains control characters"), token.err());
        for (InProcessCli.Result refused : List.of(label, name, newName, token)) {
            assertNoUnprintable(refused.out() + refused.err());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(TestVaults.file(dataDir))), "the vault changed");
        assertEquals(0, emulator.renewCount(value), "nothing was sent");
    }

    @Test
    void hugeValuesAreRefusedAndNotEchoed() throws IOException {
        seedThree();
        byte[] before = Files.readAllBytes(TestVaults.file(dataDir));
        cli = new InProcessCli(dataDir);
        String hugeId = "smh" + "i".repeat(100_000);

        InProcessCli.Result token = cli.run("t".repeat(20_000) + "\n", "add", "smhfirst", "--label", "big",
                "--token-stdin").expect(2);
        InProcessCli.Result id = cli.run("acctk-abc\n", "add", hugeId, "--host", host, "--token-stdin").expect(2);

        assertTrue(token.err().contains("The access token is 20,000 characters long"), token.err());
        assertTrue(token.err().length() < 400, "stderr of " + token.err().length() + " characters");
        assertTrue(id.err().contains("The LibraryId is 100,003 characters long"), id.err());
        assertTrue(id.err().length() < 400, "stderr of " + id.err().length() + " characters");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(TestVaults.file(dataDir))), "the vault changed");
    }

    @Test
    void aServerTokenWithTerminalEscapesIsABadAnswerAndTheSavedTokenStays() {
        List<String> values = seedThree();
        emulator.faults().next(Fault.json("{\"accessToken\":\"acctk\\u001b]0;owned\\u0007\",\"expiresIn\":86400}"));
        Token before = saved("smhfirst");
        cli = new InProcessCli(dataDir);

        InProcessCli.Result renewed = cli.run(null, "renew", "smhfirst").expect(1);

        assertTrue(renewed.err().contains("an accessToken with control characters in it"), renewed.err());
        assertNoUnprintable(renewed.out() + renewed.err());
        assertEquals(before.value(), saved("smhfirst").value());
        assertEquals(before.expiresAt(), saved("smhfirst").expiresAt());
        assertEquals(AccessToken.of(values.get(0)), saved("smhfirst").value());
    }

    @Test
    void listPrintsWhatAnEarlierVersionSavedWithItsControlCharactersEscaped() throws IOException {
        // Saved the way an earlier version could: the vault reads it as it is, the command line shows it escaped.
        String name = "Evil\u001b[2J\u009b31mName\u202e";
        String label = "lab\u0007el";
        TestVaults.open(dataDir).update(vault -> vault.withLibrary(new Library(LibraryAddress.of("smhfirst", host), name,
                List.of(new Token(label, AccessToken.saved("acctk\u001b[2Jvalue"), null, null, null, null, null)))));
        cli = new InProcessCli(dataDir);

        InProcessCli.Result table = cli.run(null, "list", "--show-tokens").expect(0);
        InProcessCli.Result json = cli.run(null, "list", "--json", "--show-tokens").expect(0);

        assertNoUnprintable(table.out());
        assertTrue(table.out().contains("Evil\\u001B[2J\\u009B31mName\\u202E"), table.out());
        assertTrue(table.out().contains("lab\\u0007el"), table.out());
        assertTrue(table.out().contains("acctk\\u001B[2Jvalue"), table.out());
        assertNoUnprintable(json.out());
        com.fasterxml.jackson.databind.JsonNode row = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out()).get(0);
        assertEquals(name, row.get("name").asText(), "the JSON reads back the value as saved");
        assertEquals(label, row.get("label").asText());
    }

    // ---- 8: import reads only a bounded, regular file, in linear time ------------------------------

    @Test
    void importRefusesAPipeADeviceAndAFolderWithoutReadingThem() throws Exception {
        seedThree();
        byte[] before = Files.readAllBytes(TestVaults.file(dataDir));
        Path fifo = temp.resolve("export.fifo");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
        cli = new InProcessCli(dataDir);
        List<String> paths = new java.util.ArrayList<>(List.of(fifo.toString(), temp.toString()));
        if (Files.exists(Path.of("/dev/zero"))) {
            paths.add("/dev/zero");
        }

        for (String path : paths) {
            // A FIFO nobody writes to would block a read forever: the guard makes that a failure, not a hang.
            InProcessCli.Result refused = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(20), () -> cli.run(null, "import", path)).expect(2);
            assertTrue(refused.err().contains("is not a regular file (it is a folder, a device or a pipe)"),
                    refused.err());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(TestVaults.file(dataDir))), "the vault changed");
    }

    @Test
    void importRefusesAFileOverTheCapUnread() throws IOException {
        seedThree();
        byte[] before = Files.readAllBytes(TestVaults.file(dataDir));
        Path huge = temp.resolve("huge.json");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(ImportCommand.MAX_FILE_BYTES + 1L);
        }
        cli = new InProcessCli(dataDir);

        InProcessCli.Result refused = cli.run(null, "import", huge.toString()).expect(2);

        assertTrue(refused.err().contains("is larger than 8 MiB, far more than an export of this app"), refused.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(TestVaults.file(dataDir))), "the vault changed");
    }

    @Test
    void twentyThousandLibrariesMergeIntoASavedVaultKeepingItsOrder() throws IOException {
        List<String> values = seedThree();
        int count = 20_000;
        StringBuilder json = new StringBuilder("{\"formatVersion\":1,\"libraries\":[");
        // The second saved library comes again with its token and a new one; the rest are new.
        json.append("{\"libraryId\":\"smhsecond\",\"tokens\":[{\"label\":\"default\",\"token\":\"acctk-other\"},")
                .append("{\"label\":\"extra\",\"token\":\"acctk-extra\"}]}");
        for (int i = 0; i < count; i++) {
            json.append(",{\"libraryId\":\"smhbulk").append(i).append("\",\"name\":\"Bulk ").append(i)
                    .append("\",\"tokens\":[{\"label\":\"default\",\"token\":\"acctk-bulk-").append(i).append("\"}]}");
        }
        Path file = temp.resolve("bulk.json");
        Files.writeString(file, json.append("]}"));
        cli = new InProcessCli(dataDir);

        InProcessCli.Result imported = cli.run(null, "import", file.toString()).expect(0);

        assertTrue(imported.out().startsWith("Imported " + (count + 1) + " tokens and " + count + " new libraries"),
                imported.out());
        assertTrue(imported.out().contains("skipped smhsecond/default: a token with this label is already saved"),
                imported.out());
        Vault vault = TestVaults.open(dataDir).load();
        assertEquals(count + 3, vault.libraries().size());
        assertEquals(List.of("smhfirst", "smhsecond", "smhthird", "smhbulk0"),
                vault.libraries().subList(0, 4).stream().map(Library::id).toList());
        assertEquals("smhbulk" + (count - 1), vault.libraries().get(count + 2).id());
        Library second = vault.library("smhsecond").orElseThrow();
        assertEquals(List.of("default", "extra"), second.tokens().stream().map(Token::label).toList());
        assertEquals(AccessToken.of(values.get(1)), second.tokens().get(0).value(), "kept without --replace");
        assertEquals(AccessToken.of("acctk-bulk-12345"),
                vault.token(new TokenRef("smhbulk12345", "default")).orElseThrow().value());
    }

    // ---- 13: messages that say where, never what ----------------------------------------------------

    @Test
    void aDamagedExportSaysWhereItIsDamagedButNeverQuotesTheToken() throws IOException {
        seedThree();
        byte[] before = Files.readAllBytes(TestVaults.file(dataDir));
        String secret = "acctkTHEVALUEOFAREALTOKEN0123456789";
        Path unquoted = temp.resolve("unquoted.json");
        Files.writeString(unquoted, "{\"formatVersion\":1,\"libraries\":[{\"libraryId\":\"smhx\",\n"
                + "\"tokens\":[{\"label\":\"a\",\"token\":" + secret + "}]}]}");
        Path wrongKind = temp.resolve("wrong-kind.json");
        Files.writeString(wrongKind, "{\"formatVersion\":1,\"libraries\":[{\"libraryId\":\"smhx\",\"tokens\":"
                + "[{\"label\":\"a\",\"periodSeconds\":\"" + secret + "\"}]}]}");
        cli = new InProcessCli(dataDir);

        InProcessCli.Result syntax = cli.run(null, "import", unquoted.toString()).expect(2);
        InProcessCli.Result kind = cli.run(null, "import", wrongKind.toString()).expect(2);

        assertTrue(syntax.err().contains("it is not valid JSON (in libraries[0].tokens[0], at line 2, column"),
                syntax.err());
        assertTrue(kind.err().contains("a value is of the wrong kind or not expected (in libraries[0].tokens[0]"
                + ".periodSeconds, at line 1, column"), kind.err());
        for (InProcessCli.Result refused : List.of(syntax, kind)) {
            assertFalse(refused.err().contains("THEVALUEOF"), "the token was quoted: " + refused.err());
            assertFalse(refused.err().contains("java.") || refused.err().contains("Exception"), refused.err());
            assertTrue(refused.err().strip().endsWith(".") && !refused.err().strip().endsWith(".."), refused.err());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(TestVaults.file(dataDir))), "the vault changed");
    }

    @Test
    void aReasonThatIsASentenceGetsNoSecondPeriod() throws IOException {
        Path file = temp.resolve("bad-entry.json");
        Files.writeString(file, "{\"formatVersion\":1,\"libraries\":[{\"libraryId\":\"smhx\",\"host\":\"http://example.com\"}]}");
        cli = new InProcessCli(dataDir);

        InProcessCli.Result refused = cli.run(null, "import", file.toString()).expect(2);

        assertTrue(refused.err().contains("library 1 (smhx): SMH is served over HTTPS only"), refused.err());
        assertTrue(refused.err().strip().endsWith("https://.") && !refused.err().contains(".."), refused.err());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Three libraries of one token each, in this order; returns their values. */
    private List<String> seedThree() {
        List<String> values = new java.util.ArrayList<>();
        Instant expiresAt = Instant.now().plus(Duration.ofHours(3));
        List<Library> libraries = new java.util.ArrayList<>();
        for (String id : List.of("smhfirst", "smhsecond", "smhthird")) {
            String value = emulator.issueToken(id, DAY, expiresAt);
            values.add(value);
            libraries.add(new Library(LibraryAddress.of(id, host), id, List.of(new Token("default",
                    AccessToken.of(value), expiresAt, expiresAt.minus(DAY), DAY, null, null))));
        }
        TestVaults.open(dataDir).update(vault -> new Vault(libraries, vault.settings()));
        return values;
    }

    private static void assertNoUnprintable(String printed) {
        String withoutLineBreaks = printed.replace("\n", "");
        assertFalse(dev.smhtoken.token.Printable.hasUnprintable(withoutLineBreaks),
                "printed raw: " + dev.smhtoken.token.Printable.escaped(withoutLineBreaks));
    }

    private Token saved(String libraryId) {
        return TestVaults.open(dataDir).load().token(new TokenRef(libraryId, "default")).orElseThrow();
    }
}
