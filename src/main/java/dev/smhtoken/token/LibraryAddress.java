package dev.smhtoken.token;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a library's token endpoint lives: its LibraryId and the host that serves it. Validated on
 * construction, so a request can never go to a plain-HTTP host other than this machine.
 */
public record LibraryAddress(String libraryId, URI host) {
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    /** SMH's LibraryIds are 16 characters; this leaves room for other forms without taking a megabyte. */
    public static final int MAX_LIBRARY_ID_LENGTH = 64;
    /** Far more than any real address; a longer text is not one. */
    public static final int MAX_HOST_LENGTH = 1024;
    private static final int MAX_PORT = 65_535;
    private static final Pattern DNS_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    public LibraryAddress {
        libraryId = requireLibraryId(libraryId);
        host = requireHost(host);
    }

    /** The host shown in the SMH console for a library: {@code https://{LibraryId}.api.tencentsmh.cn}. */
    public static URI defaultHost(String libraryId) {
        String id = requireLibraryId(libraryId);
        // Only a DNS label can become a host name; anything else would make a wrong or broken address.
        if (!DNS_LABEL.matcher(id).matches()) {
            throw new InvalidInputException(UserText.of("error.library.idNotInAddress", Printable.excerpt(id)));
        }
        return URI.create("https://" + id.toLowerCase(Locale.ROOT) + ".api.tencentsmh.cn");
    }

    /** Parses what a user typed as a host; blank means the library's default host. */
    public static LibraryAddress of(String libraryId, String host) {
        String id = requireLibraryId(libraryId);
        if (host == null || host.isBlank()) {
            return new LibraryAddress(id, defaultHost(id));
        }
        String text = host.strip();
        requireHostLength(text);
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            return new LibraryAddress(id, new URI(text));
        } catch (URISyntaxException e) {
            throw new InvalidInputException(UserText.of("error.host.notAnAddress", Printable.excerpt(text)));
        }
    }

    static String requireLibraryId(String libraryId) {
        if (libraryId == null || libraryId.isBlank()) {
            throw new InvalidInputException(UserText.of("error.library.idEmpty"));
        }
        String id = libraryId.strip();
        if (id.length() > MAX_LIBRARY_ID_LENGTH) {
            throw new InvalidInputException(UserText.of("error.library.idTooLong", id.length(), MAX_LIBRARY_ID_LENGTH));
        }
        if (id.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/' || Printable.isUnprintable(c))) {
            throw new InvalidInputException(UserText.of("error.library.idHasSpaces", Printable.excerpt(id)));
        }
        // Sent as a path segment: "." and ".." would name this folder or the one above, not a library.
        if (id.equals(".") || id.equals("..")) {
            throw new InvalidInputException(UserText.of("error.library.idDots", id));
        }
        return id;
    }

    private static void requireHostLength(String host) {
        if (host.length() > MAX_HOST_LENGTH) {
            throw new InvalidInputException(UserText.of("error.host.tooLong", host.length(), MAX_HOST_LENGTH));
        }
    }

    private static URI requireHost(URI host) {
        if (host == null) {
            throw new InvalidInputException(UserText.of("error.host.empty"));
        }
        requireHostLength(host.toString());
        String scheme = host.getScheme() == null ? "" : host.getScheme().toLowerCase(Locale.ROOT);
        // Checked before any message quotes the address: a user name may carry a password.
        String authority = host.getRawAuthority();
        if (authority != null && authority.contains("@")
                || host.getUserInfo() != null || host.getQuery() != null || host.getFragment() != null) {
            throw new InvalidInputException(UserText.of("error.host.notPlain"));
        }
        if (host.getHost() == null || host.getHost().isBlank() || authority.endsWith(":")) {
            throw new InvalidInputException(UserText.of("error.host.noServerName", Printable.excerpt(host.toString())));
        }
        // URI accepts any digits as a port; the HTTP client would fail on the first call, long after
        // the address was saved. 0 is no port one can connect to.
        if (host.getPort() == 0 || host.getPort() > MAX_PORT) {
            throw new InvalidInputException(UserText.of("error.host.badPort", Printable.excerpt(host.toString()),
                    String.valueOf(host.getPort())));
        }
        boolean loopback = LOOPBACK_HOSTS.contains(host.getHost().toLowerCase(Locale.ROOT));
        if (scheme.equals("http") && !loopback) {
            throw new InvalidInputException(UserText.of("error.host.httpsOnly", Printable.excerpt(host.toString())));
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidInputException(UserText.of("error.host.wrongScheme", Printable.excerpt(host.toString())));
        }
        // The raw path keeps its percent-escapes, so the address can be rebuilt as it was given.
        String path = host.getRawPath() == null ? "" : host.getRawPath();
        String normalized = scheme + "://" + host.getRawAuthority() + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        return URI.create(normalized);
    }
}
