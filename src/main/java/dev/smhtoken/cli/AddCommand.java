package dev.smhtoken.cli;

import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.LibrarySecret;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.TokenIssuance;
import dev.smhtoken.token.Vault;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", sortOptions = false,
        description = {"Add a token to a library, saving the library first if it is new (with --name and --host).",
            "--token-stdin: the token comes on standard input; it is renewed once, which checks it and tells its expiry.",
            "--generate: a new token is generated with the library secret, which comes on standard input and is"
                + " used for that one request only. For a saved library that remembers its secret in the vault,"
                + " nothing needs to come in: the remembered secret is used."})
final class AddCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(index = "0", paramLabel = "LIBRARY_ID", description = "The LibraryId from the SMH console.")
    private String libraryId;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name of a new library.")
    private String name;

    @Option(names = "--host", paramLabel = "URL",
            description = "Host of a new library (default https://LIBRARY_ID.api.tencentsmh.cn).")
    private String host;

    @Option(names = "--label", paramLabel = "LABEL", description = "The token's label in its library (default: default).")
    private String label;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    static final class Source {
        @Option(names = "--token-stdin", required = true, description = "Read the token from standard input.")
        boolean tokenStdin;

        @ArgGroup(exclusive = false)
        Generate generate;
    }

    static final class Generate {
        @Option(names = "--generate", required = true,
                description = "Generate a token; the library secret is read from standard input.")
        boolean generate;

        @Option(names = "--period", paramLabel = "SECONDS", converter = PeriodConverter.class,
                description = "Lifetime in seconds, or a DURATION such as 2h (default: SMH's, 24 hours).")
        Duration period;

        @Option(names = "--grant", paramLabel = "LIST", description = "Comma-separated permissions (empty: read-only).")
        String grant;

        @Option(names = "--user-id", paramLabel = "ID")
        String userId;

        @Option(names = "--client-id", paramLabel = "ID")
        String clientId;

        @Option(names = "--space-id", paramLabel = "ID")
        String spaceId;
    }

    AddCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        // Checked before standard input is read or anything is saved, so a mistake changes nothing.
        Vault vault = session.load();
        Optional<Library> saved = vault.library(libraryId.strip());
        saved.ifPresent(this::requireSameDetails);
        GenerateOptions options = source.generate == null ? null : new GenerateOptions(source.generate.period,
                source.generate.grant, source.generate.userId, source.generate.clientId, source.generate.spaceId);
        boolean remembered = options != null && saved.map(Library::remembersSecret).orElse(false);
        // On a terminal a remembered secret is used without asking; from a pipe, a secret piped in wins.
        char[] input = remembered && session.terminal().console() != null ? new char[0]
                : session.stdin().read(options == null ? "token" : "library secret");
        try {
            if (input.length == 0 && remembered) {
                Token token = session.useCases().issuance().generate(libraryId, label, null, options);
                session.terminal().out().println("Added " + libraryId.strip() + "/" + token.label()
                        + " with the library secret remembered in the vault: " + summary(token));
                return ExitCode.OK;
            }
            if (input.length == 0) {
                throw new UsageException("Nothing came in on standard input: pipe the "
                        + (options == null ? "token" : "library secret") + " in, for example `printenv VAR | smh-token-manager add "
                        + libraryId.strip() + (options == null ? " --token-stdin`." : " --generate`."));
            }
            Token token = options == null ? addPasted(saved.isEmpty(), new String(input)) : generate(saved.isEmpty(), input, options);
            session.terminal().out().println("Added " + libraryId.strip() + "/" + token.label() + ": " + summary(token));
            return ExitCode.OK;
        } finally {
            Arrays.fill(input, '\0');
        }
    }

    private String summary(Token token) {
        Instant now = session.clock().instant();
        return Formats.state(token.state(now)) + ", expires " + Formats.instantOrDash(token.expiresAt())
                + " (" + Formats.left(token.timeLeft(now)) + " left).";
    }

    private Token addPasted(boolean newLibrary, String pasted) {
        AccessToken token = AccessToken.of(pasted);
        TokenIssuance issuance = session.useCases().issuance();
        return newLibrary ? issuance.addByPaste(Library.of(libraryId, name, host), label, token)
                : issuance.addByPaste(libraryId, label, token);
    }

    /** A new library is saved with its first token, in one save, once SMH gave or accepted it. */
    private Token generate(boolean newLibrary, char[] input, GenerateOptions options) {
        TokenIssuance issuance = session.useCases().issuance();
        try (LibrarySecret secret = LibrarySecret.wrap(input.clone())) {
            return newLibrary ? issuance.generate(Library.of(libraryId, name, host), label, secret, options)
                    : issuance.generate(libraryId, label, secret, options);
        }
    }

    private void requireSameDetails(Library library) {
        if (host != null && !LibraryAddress.of(library.id(), host).equals(library.address())) {
            throw new UsageException("The library " + library.id() + " is already saved with the host "
                    + library.host() + ": leave out --host, or change the host in the window.");
        }
        if (name != null && !name.strip().equals(library.name())) {
            throw new UsageException("The library " + library.id() + " is already saved with the name \""
                    + library.name() + "\": leave out --name, or rename it in the window.");
        }
    }

    /** {@code --period}: whole seconds, or any DURATION form. */
    static final class PeriodConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            String value = text.strip();
            return value.chars().allMatch(Character::isDigit) && !value.isEmpty()
                    ? DurationParser.parse(value + "s") : DurationParser.parse(value);
        }
    }
}
