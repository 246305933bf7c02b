package dev.smhtoken.cli;

import dev.smhtoken.token.UserText;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.InvalidInputException;
import dev.smhtoken.token.Library;
import dev.smhtoken.token.LibraryAddress;
import dev.smhtoken.token.Printable;
import dev.smhtoken.token.Token;
import dev.smhtoken.token.Vault;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An export file, checked in full before anything is saved: one bad entry refuses the whole file,
 * so a file is never half imported. Tokens saved without their value cannot exist here and are
 * skipped with a reason, as are tokens whose label is taken (unless replacing).
 */
final class ImportPlan {
    private final List<Library> libraries;
    private final List<String> skipped;

    private ImportPlan(List<Library> libraries, List<String> skipped) {
        this.libraries = libraries;
        this.skipped = skipped;
    }

    /** What a merge did: counts and one reason per token left out. */
    record Result(int librariesAdded, int tokensImported, List<String> skipped) {
    }

    static ImportPlan parse(byte[] bytes, String fileName) {
        ExportFile file;
        try {
            file = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(bytes, ExportFile.class);
        } catch (JsonProcessingException e) {
            // Databind wraps a syntax error met inside an entry in a mapping error of its own.
            String key = syntaxError(e) ? "error.import.notJson" : "error.import.wrongValue";
            throw refused(fileName, UserText.of(key, where(e)).english());
        } catch (java.io.IOException e) {
            throw refused(fileName, UserText.of("error.import.notJson", "").english());
        }
        if (file == null || file.formatVersion() == null) {
            throw refused(fileName, "it has no formatVersion, so it is not an export of this app");
        }
        if (file.formatVersion() > ExportFile.FORMAT_VERSION) {
            throw refused(fileName, "it was written by a newer version (format " + file.formatVersion()
                    + "); update this app first");
        }
        if (file.formatVersion() < 1 || file.libraries() == null) {
            throw refused(fileName, "its formatVersion or libraries are missing or wrong");
        }
        List<Library> libraries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (ExportFile.ExportedLibrary entry : file.libraries()) {
            number++;
            String where = "library " + number + (entry != null && entry.libraryId() != null
                    ? " (" + Printable.excerpt(entry.libraryId()) + ")" : "");
            try {
                if (entry == null) {
                    throw new InvalidInputException(UserText.of("error.import.entryEmpty"));
                }
                Library library = library(entry, skipped);
                if (!ids.add(library.id())) {
                    throw new InvalidInputException(UserText.of("error.import.libraryTwice"));
                }
                libraries.add(library);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw refused(fileName, where + ": " + e.getMessage());
            }
        }
        return new ImportPlan(libraries, skipped);
    }

    /**
     * Merges into {@code vault}; existing tokens stay unless {@code replace}. Pure: called inside the
     * store's update. Linear in the libraries and tokens of both: every library and label is found
     * by key, and the vault and each changed library are built once, not once per change.
     */
    Vault mergeInto(Vault vault, boolean replace, List<Result> result) {
        List<String> notes = new ArrayList<>(skipped);
        int librariesAdded = 0;
        int tokensImported = 0;
        Map<String, Library> merged = new LinkedHashMap<>();
        for (Library library : vault.libraries()) {
            merged.put(library.id(), library);
        }
        for (Library incoming : libraries) {
            Library current = merged.get(incoming.id());
            if (current == null) {
                librariesAdded++;
                tokensImported += incoming.tokens().size();
                merged.put(incoming.id(), incoming);
                continue;
            }
            // In the library's order; a replaced token keeps its place, a new one goes last.
            Map<String, Token> tokens = new LinkedHashMap<>();
            for (Token saved : current.tokens()) {
                tokens.put(saved.label(), saved);
            }
            for (Token token : incoming.tokens()) {
                if (tokens.containsKey(token.label()) && !replace) {
                    notes.add(incoming.id() + "/" + token.label() + ": a token with this label is already saved"
                            + " (import with --replace to overwrite it)");
                } else {
                    tokens.put(token.label(), token);
                    tokensImported++;
                }
            }
            Library target = replace ? current.withDetails(incoming.address(), incoming.name()) : current;
            merged.put(incoming.id(), new Library(target.address(), target.name(), new ArrayList<>(tokens.values()),
                    target.rememberedSecret()));
        }
        result.clear();
        result.add(new Result(librariesAdded, tokensImported, List.copyOf(notes)));
        return new Vault(new ArrayList<>(merged.values()), vault.settings());
    }

    private static Library library(ExportFile.ExportedLibrary entry, List<String> skipped) {
        LibraryAddress address = LibraryAddress.of(entry.libraryId(), entry.host());
        List<Token> tokens = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (ExportFile.ExportedToken token : entry.tokens() == null ? List.<ExportFile.ExportedToken>of() : entry.tokens()) {
            if (token == null) {
                throw new InvalidInputException(UserText.of("error.import.tokenEntryEmpty"));
            }
            Token parsed = token(token);
            if (!labels.add(parsed.label())) {
                throw new InvalidInputException(UserText.of("error.import.labelTwice", parsed.label()));
            }
            if (token.token() != null) {
                tokens.add(parsed);
            } else {
                skipped.add(address.libraryId() + "/" + parsed.label() + ": the file holds no token value"
                        + " (it was exported without --include-secrets)");
            }
        }
        return new Library(address, Library.requireName(entry.name()), tokens);
    }

    /**
     * The token as the file describes it. An entry without a value is checked all the same (with a
     * stand-in value) so that a bad file is refused whole; the caller then skips it.
     */
    private static Token token(ExportFile.ExportedToken entry) {
        if (entry.label() == null || entry.label().isBlank()) {
            throw new InvalidInputException(UserText.of("error.import.noLabel"));
        }
        String label = Token.requireNewLabel(entry.label());
        GenerateOptions origin = null;
        if (entry.generatedWith() != null) {
            ExportFile.Origin o = entry.generatedWith();
            origin = new GenerateOptions(duration(o.periodSeconds()), o.grant(), o.userId(), o.clientId(), o.spaceId())
                    .checked();
        }
        Instant expiresAt = instant(entry.expiresAt(), label);
        Instant renewedAt = instant(entry.lastRenewedAt(), label);
        Instant revokedAt = instant(entry.revokedAt(), label);
        Duration period = duration(entry.periodSeconds());
        AccessToken value = AccessToken.of(entry.token() == null ? "stand-in" : entry.token());
        return new Token(label, value, expiresAt, renewedAt, period, origin, revokedAt, entry.autoRenew(), List.of());
    }

    private static Instant instant(String text, String label) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(UserText.of("error.import.badTime", Printable.excerpt(label), Printable.excerpt(text)));
        }
    }

    private static Duration duration(Long seconds) {
        if (seconds == null) {
            return null;
        }
        if (seconds < 1) {
            throw new InvalidInputException(UserText.of("error.import.badPeriod"));
        }
        return Duration.ofSeconds(seconds);
    }

    /**
     * Where Jackson stumbled: the line, the column and (for a value of the wrong kind) the field, but
     * never its own message, which quotes the text it failed on, and that text may be a token.
     */
    private static Object where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        if (location == null || location.getLineNr() < 1) {
            return field.isEmpty() ? "" : UserText.of("error.import.inField", field);
        }
        String line = String.valueOf(location.getLineNr());
        String column = String.valueOf(location.getColumnNr());
        return field.isEmpty() ? UserText.of("error.import.at", line, column)
                : UserText.of("error.import.atField", field, line, column);
    }

    private static boolean syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    /** {@code libraries[2].tokens[0].periodSeconds}; names the file made up are cut short and escaped. */
    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(Printable.excerpt(step.getFieldName()));
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static UsageException refused(String fileName, String why) {
        // A reason that is a sentence of its own already ends in a period.
        String reason = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
        return new UsageException("Nothing was imported from " + fileName + ": " + reason + ".");
    }
}
