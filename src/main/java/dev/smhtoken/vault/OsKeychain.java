package dev.smhtoken.vault;

import com.github.javakeyring.Keyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * {@link KeychainAccess} over java-keyring. Every call is fenced: with no D-Bus session
 * {@code Keyring.create()} throws {@code BackendNotSupportedException}, with a locked keyring the
 * library throws a {@code NullPointerException} from inside, and a missing native library surfaces
 * as a {@code LinkageError}. All of them mean "not available here", never a crash.
 */
public final class OsKeychain implements KeychainAccess {
    static final String SERVICE = "SMH Token Manager";
    private static final Logger LOG = LoggerFactory.getLogger(OsKeychain.class);

    @Override
    public boolean isAvailable() {
        try (Keyring keyring = Keyring.create()) {
            return keyring != null;
        } catch (Exception | LinkageError e) {
            LOG.info("No OS keychain is reachable ({}); the vault uses its master password.", e.getClass().getSimpleName());
            return false;
        }
    }

    @Override
    public Optional<byte[]> read(String account) {
        try (Keyring keyring = Keyring.create()) {
            String encoded = keyring.getPassword(SERVICE, account);
            return encoded == null ? Optional.empty() : Optional.of(Base64.getDecoder().decode(encoded));
        } catch (Exception | LinkageError e) {
            LOG.debug("The OS keychain did not give the vault key ({}).", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public boolean store(String account, byte[] secret) {
        try (Keyring keyring = Keyring.create()) {
            keyring.setPassword(SERVICE, account, new String(Base64.getEncoder().encode(secret), StandardCharsets.US_ASCII));
            return true;
        } catch (Exception | LinkageError e) {
            LOG.info("The OS keychain refused to keep the vault key ({}).", e.getClass().getSimpleName());
            return false;
        }
    }

    @Override
    public void delete(String account) {
        try (Keyring keyring = Keyring.create()) {
            keyring.deletePassword(SERVICE, account);
        } catch (Exception | LinkageError e) {
            LOG.debug("The OS keychain entry could not be removed ({}).", e.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return "OsKeychain[" + SERVICE + "]";
    }
}
