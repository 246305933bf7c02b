package dev.smhtoken.cli;

import dev.smhtoken.token.Printable;
import dev.smhtoken.token.UserText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {"Add the libraries and tokens of an export file to this vault.",
    "The whole file is checked first: a bad file imports nothing. Saved tokens are kept unless --replace;",
    "tokens exported without their value are skipped. Says what it skipped and why."})
final class ImportCommand implements Callable<Integer> {
    /** Exports of tens of thousands of tokens fit; a larger file is not an export of this app. */
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    private final CliSession session;

    @Parameters(index = "0", paramLabel = "FILE")
    private Path file;

    @Option(names = "--replace", description = "Overwrite saved tokens (and library names and hosts) with the file's.")
    private boolean replace;

    ImportCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        byte[] bytes = read(file);
        ImportPlan plan = ImportPlan.parse(bytes, file.toString());
        List<ImportPlan.Result> outcome = new ArrayList<>();
        session.useCases().catalog().importLibraries(vault -> plan.mergeInto(vault, replace, outcome));
        ImportPlan.Result result = outcome.get(0);
        PrintStream out = session.terminal().out();
        out.println("Imported " + result.tokensImported() + " tokens and " + result.librariesAdded()
                + " new libraries from " + file + (result.skipped().isEmpty() ? "."
                : "; skipped " + result.skipped().size() + ":"));
        result.skipped().forEach(reason -> out.println("  skipped " + Printable.escaped(reason)));
        return ExitCode.OK;
    }

    /**
     * The file's bytes, read only when it is a regular file no larger than {@link #MAX_FILE_BYTES}:
     * a FIFO would hang the import and {@code /dev/zero} would fill the memory.
     */
    static byte[] read(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw refused(UserText.of("error.import.noFile", file.toString()));
        } catch (IOException | SecurityException e) {
            throw refused(UserText.of("error.import.unreadable", file.toString()));
        }
        if (!attributes.isRegularFile()) {
            throw refused(UserText.of("error.import.notAFile", file.toString()));
        }
        if (attributes.size() > MAX_FILE_BYTES) {
            throw tooLarge(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded even if the file grows after the check.
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw tooLarge(file);
            }
            return bytes;
        } catch (IOException | SecurityException e) {
            throw refused(UserText.of("error.import.unreadable", file.toString()));
        }
    }

    private static UsageException tooLarge(Path file) {
        return refused(UserText.of("error.import.fileTooLarge", file.toString(), MAX_FILE_BYTES / (1024 * 1024)));
    }

    private static UsageException refused(UserText why) {
        return new UsageException(why.english());
    }
}
