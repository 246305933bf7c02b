package dev.smhtoken.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.Vault;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "Every saved token: library id, name, label, state, expiry, time left.")
final class ListCommand implements Callable<Integer> {
    private static final List<String> HEADINGS = List.of("LIBRARY", "NAME", "LABEL", "STATE", "EXPIRES (UTC)", "LEFT");

    private final CliSession session;

    @Option(names = "--json", description = "One JSON array: libraryId, name, host, label, state, expiresAt,"
            + " secondsLeft, lastRenewedAt (and token with --show-tokens).")
    private boolean json;

    @Option(names = "--show-tokens", description = "Include the token values (they are secrets: mind your screen and logs).")
    private boolean showTokens;

    ListCommand(CliSession session) {
        this.session = session;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Vault vault = session.load();
        Instant now = session.clock().instant();
        PrintStream out = session.terminal().out();
        if (json) {
            out.println(json(vault, now));
        } else if (vault.tokenCount() == 0) {
            session.terminal().err().println("No tokens are saved yet: add one with"
                    + " `smh-token-manager add LIBRARY_ID --token-stdin`.");
        } else {
            table(vault, now).forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }

    private String json(Vault vault, Instant now) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        // JSON escapes C0 controls by itself; DEL, C1 (a terminal's CSI) and the reordering marks too.
        mapper.getFactory().setCharacterEscapes(new PrintableJsonEscapes());
        ArrayNode rows = mapper.createArrayNode();
        for (Library library : vault.libraries()) {
            for (Token token : library.tokens()) {
                ObjectNode row = rows.addObject();
                row.put("libraryId", library.id());
                row.put("name", library.name());
                row.put("host", library.host().toString());
                row.put("label", token.label());
                row.put("state", Formats.state(token.state(now)));
                row.put("expiresAt", Formats.instant(token.expiresAt()));
                Duration left = token.timeLeft(now);
                if (left == null) {
                    row.putNull("secondsLeft");
                } else {
                    row.put("secondsLeft", left.getSeconds());
                }
                row.put("lastRenewedAt", Formats.instant(token.renewedAt()));
                if (showTokens) {
                    row.put("token", token.value().reveal());
                }
            }
        }
        return mapper.writeValueAsString(rows);
    }

    private List<String> table(Vault vault, Instant now) {
        List<List<String>> rows = new ArrayList<>();
        List<String> headings = new ArrayList<>(HEADINGS);
        if (showTokens) {
            headings.add("TOKEN");
        }
        rows.add(headings);
        for (Library library : vault.libraries()) {
            for (Token token : library.tokens()) {
                List<String> row = new ArrayList<>(List.of(library.id(), library.name(), token.label(),
                        Formats.state(token.state(now)), Formats.instantOrDash(token.expiresAt()),
                        Formats.left(token.timeLeft(now))));
                if (showTokens) {
                    row.add(token.value().reveal());
                }
                rows.add(row);
            }
        }
        return TextTable.align(rows);
    }
}
