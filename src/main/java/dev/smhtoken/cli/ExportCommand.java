package dev.smhtoken.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.Vault;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = {"Write the libraries and tokens to a JSON file (readable by you only).",
    "Token values are left out unless --include-secrets; such tokens cannot be imported again.",
    "Library secrets remembered in the vault are never exported: the file is not encrypted."})
final class ExportCommand implements Callable<Integer> {
    private final CliSession session;

    @Parameters(index = "0", paramLabel = "FILE")
    private Path file;

    @Option(names = "--include-secrets", description = "Include the token values: keep the file as safe as the vault.")
    private boolean includeSecrets;

    ExportCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Vault vault = session.load();
        ExportFile export = new ExportFile(ExportFile.FORMAT_VERSION, Formats.instant(session.clock().instant()),
                includeSecrets, vault.libraries().stream().map(this::library).toList());
        byte[] bytes;
        try {
            bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(export);
        } catch (IOException e) {
            throw new IllegalStateException("the export could not be encoded", e);
        }
        OwnerOnlyFile.write(file, bytes);
        session.terminal().out().println("Exported " + vault.libraries().size() + " libraries and "
                + vault.tokenCount() + " tokens to " + file + (includeSecrets ? " with their token values;"
                + " keep it safe." : " without token values."));
        return ExitCode.OK;
    }

    private ExportFile.ExportedLibrary library(Library library) {
        List<ExportFile.ExportedToken> tokens = library.tokens().stream().map(this::token).toList();
        return new ExportFile.ExportedLibrary(library.id(), library.name(), library.host().toString(), tokens);
    }

    private ExportFile.ExportedToken token(Token token) {
        return new ExportFile.ExportedToken(token.label(), includeSecrets ? token.value().reveal() : null,
                exact(token.expiresAt()), exact(token.renewedAt()), seconds(token.period()),
                exact(token.revokedAt()), token.autoRenew(), origin(token.origin()));
    }

    private static ExportFile.Origin origin(GenerateOptions origin) {
        return origin == null ? null : new ExportFile.Origin(seconds(origin.period()), origin.grant(), origin.userId(),
                origin.clientId(), origin.spaceId());
    }

    /** Full precision, so that an import gives back exactly what was saved. */
    private static String exact(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.getSeconds();
    }
}
