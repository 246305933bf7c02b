package dev.smhtoken.vault;

import dev.smhtoken.token.UserText;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The encrypted vault file:
 * <pre>
 * offset  size  content
 * 0       4     magic "SMHV"
 * 4       2     format version, unsigned big-endian (1)
 * 6       4     header length N, big-endian (1 to 65536)
 * 10      N     header: JSON with the key slots (type, id, Argon2id parameters, salt, wrapped key)
 * 10+N    32    SHA-256 of bytes 0 to 10+N, so that damage to the header is told apart from a
 *               wrong password (a deliberate edit is caught by the GCM tag below anyway)
 * 42+N    12    nonce of the body, fresh and random on every save
 * 54+N    rest  AES-256-GCM of the vault JSON under the vault key, with its 16-byte tag;
 *               the associated data is bytes 0 to 42+N, so any change to the header fails it too
 * </pre>
 */
final class VaultFileFormat {
    static final int VERSION = 1;
    static final byte[] MAGIC = "SMHV".getBytes(StandardCharsets.US_ASCII);
    static final int MAX_HEADER = 64 * 1024;
    static final int CHECKSUM_BYTES = 32;
    private static final int PREFIX = 10;
    private static final int TAG_BYTES = Crypto.TAG_BITS / 8;

    private VaultFileFormat() {
    }

    /** A file split into its parts; {@code associatedData} is what the body's tag covers besides the body. */
    record Parsed(int version, VaultHeader header, byte[] associatedData, byte[] nonce, byte[] ciphertext) {
        /** The vault JSON, or null when {@code vaultKey} is not this vault's or the file was changed. */
        byte[] decrypt(VaultKey vaultKey) {
            return Crypto.decrypt(vaultKey.bytes(), nonce, ciphertext, associatedData);
        }
    }

    static byte[] encrypt(VaultHeader header, VaultKey vaultKey, byte[] plaintext, Crypto crypto) {
        byte[] headerJson = header.toJson();
        byte[] associatedData = associatedData(VERSION, headerJson);
        byte[] nonce = crypto.randomBytes(Crypto.NONCE_BYTES);
        byte[] ciphertext = Crypto.encrypt(vaultKey.bytes(), nonce, plaintext, associatedData);
        return ByteBuffer.allocate(associatedData.length + nonce.length + ciphertext.length)
                .put(associatedData).put(nonce).put(ciphertext).array();
    }

    /** Puts a file together from raw parts, with a correct checksum (tests use it to craft headers). */
    static byte[] assemble(int version, byte[] headerJson, byte[] nonce, byte[] ciphertext) {
        byte[] associatedData = associatedData(version, headerJson);
        return ByteBuffer.allocate(associatedData.length + nonce.length + ciphertext.length)
                .put(associatedData).put(nonce).put(ciphertext).array();
    }

    private static byte[] associatedData(int version, byte[] headerJson) {
        ByteBuffer prefix = ByteBuffer.allocate(PREFIX + headerJson.length)
                .put(MAGIC).putShort((short) version).putInt(headerJson.length).put(headerJson);
        byte[] checksum = sha256(prefix.array());
        return ByteBuffer.allocate(prefix.capacity() + CHECKSUM_BYTES).put(prefix.array()).put(checksum).array();
    }

    /**
     * Splits and checks a file. Throws {@link VaultFormatException} saying, in a sentence that starts
     * after "The vault file X", what is wrong.
     */
    static Parsed parse(byte[] file) {
        if (file.length == 0) {
            throw new VaultFormatException(UserText.of("error.vault.format.empty"));
        }
        if (file.length < MAGIC.length || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new VaultFormatException(UserText.of("error.vault.format.noSignature"));
        }
        if (file.length < PREFIX) {
            throw new VaultFormatException(UserText.of("error.vault.format.endsInHeader"));
        }
        ByteBuffer buffer = ByteBuffer.wrap(file);
        int version = Short.toUnsignedInt(buffer.getShort(4));
        if (version > VERSION) {
            throw new VaultFormatException(UserText.of("error.vault.format.newerFile", String.valueOf(version),
                    String.valueOf(VERSION)), true);
        }
        if (version < 1) {
            throw new VaultFormatException(UserText.of("error.vault.format.versionZero"));
        }
        int headerLength = buffer.getInt(6);
        if (headerLength < 1 || headerLength > MAX_HEADER) {
            throw new VaultFormatException(UserText.of("error.vault.format.headerLength"));
        }
        int bodyStart = PREFIX + headerLength + CHECKSUM_BYTES;
        if (file.length < bodyStart + Crypto.NONCE_BYTES + TAG_BYTES) {
            throw new VaultFormatException(UserText.of("error.vault.format.cutShort"));
        }
        byte[] expected = sha256(Arrays.copyOfRange(file, 0, PREFIX + headerLength));
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(file, PREFIX + headerLength, bodyStart))) {
            throw new VaultFormatException(UserText.of("error.vault.format.headerChecksum"));
        }
        VaultHeader header;
        try {
            header = VaultHeader.fromJson(Arrays.copyOfRange(file, PREFIX, PREFIX + headerLength));
        } catch (VaultFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new VaultFormatException(UserText.of("error.vault.format.headerEdited", UserText.of("error.vault.header.unreadable")));
        }
        return new Parsed(version, header, Arrays.copyOfRange(file, 0, bodyStart),
                Arrays.copyOfRange(file, bodyStart, bodyStart + Crypto.NONCE_BYTES),
                Arrays.copyOfRange(file, bodyStart + Crypto.NONCE_BYTES, file.length));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
