package dev.smhtoken.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("There is no file " + file + ": give the path of an export file.");
        } catch (IOException e) {
            throw new UsageException("The file " + file + " could not be read (" + e.getMessage() + ").");
        }
        ImportPlan plan = ImportPlan.parse(bytes, file.toString());
        List<ImportPlan.Result> outcome = new ArrayList<>();
        session.useCases().catalog().importLibraries(vault -> plan.mergeInto(vault, replace, outcome));
        ImportPlan.Result result = outcome.get(0);
        PrintStream out = session.terminal().out();
        out.println("Imported " + result.tokensImported() + " tokens and " + result.librariesAdded()
                + " new libraries from " + file + (result.skipped().isEmpty() ? "."
                : "; skipped " + result.skipped().size() + ":"));
        result.skipped().forEach(reason -> out.println("  skipped " + reason));
        return ExitCode.OK;
    }
}
