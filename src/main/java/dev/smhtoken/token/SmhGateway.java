package dev.smhtoken.token;

/**
 * The SMH token endpoint as the use cases need it. Implemented over HTTP in {@code smh}.
 * Every method blocks, so it is only ever called from a worker thread, and throws
 * {@link SmhException} for anything but success.
 */
public interface SmhGateway {
    IssuedToken generate(LibraryAddress library, LibrarySecret secret, GenerateOptions options);

    IssuedToken renew(LibraryAddress library, AccessToken token);

    void revoke(LibraryAddress library, AccessToken token);
}
