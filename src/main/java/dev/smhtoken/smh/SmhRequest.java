package dev.smhtoken.smh;

import dev.smhtoken.token.UserText;
import dev.smhtoken.token.AccessToken;
import dev.smhtoken.token.GenerateOptions;
import dev.smhtoken.token.LibraryAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One token call, ready to send. The URI carries the token or secret, so it is only handed to the
 * HTTP client; messages use {@link #hostLabel()} and {@link #operation()} instead.
 */
record SmhRequest(Operation operation, String method, URI uri, String hostLabel, Redactor redactor) {
    static final String TOKEN_PATH = "/api/v1/token";

    enum Operation {
        GENERATE("error.smh.operation.generate"),
        RENEW("error.smh.operation.renew"),
        REVOKE("error.smh.operation.revoke");

        private final String descriptionKey;

        Operation(String descriptionKey) {
            this.descriptionKey = descriptionKey;
        }

        /** What the request was for, to fit after "to": "renew the token". */
        UserText description() {
            return UserText.of(descriptionKey);
        }
    }

    @Override
    public String toString() {
        return "SmhRequest[" + operation + " at " + hostLabel + "]";
    }

    static SmhRequest generate(LibraryAddress library, char[] secret, GenerateOptions options) {
        String secretText = new String(secret);
        Arrays.fill(secret, '\0');
        List<String[]> query = new ArrayList<>();
        query.add(new String[] {"library_id", library.libraryId()});
        query.add(new String[] {"library_secret", secretText});
        addIfSet(query, "space_id", options.spaceId());
        addIfSet(query, "user_id", options.userId());
        addIfSet(query, "client_id", options.clientId());
        if (options.period() != null) {
            query.add(new String[] {"period", Long.toString(options.period().getSeconds())});
        }
        addIfSet(query, "grant", options.grant());
        StringBuilder path = new StringBuilder(base(library)).append(TOKEN_PATH);
        char separator = '?';
        for (String[] parameter : query) {
            path.append(separator).append(parameter[0]).append('=').append(PercentEncoding.encode(parameter[1]));
            separator = '&';
        }
        return new SmhRequest(Operation.GENERATE, "GET", URI.create(path.toString()), hostLabel(library),
                new Redactor(List.of(secretText)));
    }

    static SmhRequest renew(LibraryAddress library, AccessToken token) {
        return withToken(Operation.RENEW, "POST", library, token);
    }

    static SmhRequest revoke(LibraryAddress library, AccessToken token) {
        return withToken(Operation.REVOKE, "DELETE", library, token);
    }

    private static SmhRequest withToken(Operation operation, String method, LibraryAddress library,
                                        AccessToken token) {
        String value = token.reveal();
        URI uri = URI.create(base(library) + TOKEN_PATH + "/" + PercentEncoding.encodeSegment(library.libraryId())
                + "/" + PercentEncoding.encodeSegment(value));
        return new SmhRequest(operation, method, uri, hostLabel(library), new Redactor(List.of(value)));
    }

    private static void addIfSet(List<String[]> query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.add(new String[] {name, value});
        }
    }

    private static String base(LibraryAddress library) {
        URI host = library.host();
        String path = host.getRawPath() == null ? "" : host.getRawPath();
        return host.getScheme() + "://" + host.getRawAuthority() + path;
    }

    /** The server as users know it: host and, when not the default, port. No path, no query. */
    private static String hostLabel(LibraryAddress library) {
        URI host = library.host();
        return host.getPort() < 0 ? host.getHost() : host.getHost() + ":" + host.getPort();
    }
}
