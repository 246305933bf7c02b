package dev.smhtoken.vault;

import dev.smhtoken.token.RenewJournal.JournaledRenew;
import dev.smhtoken.token.TokenRef;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of a renew journal file: a signature, the length of what follows (so that stale bytes
 * after it, left by a shorter rewrite in place, are never read), a fresh nonce, and the token names
 * and times sealed with the vault key (AES-GCM, the signature as associated data).
 */
final class RenewJournalCodec {
    private static final byte[] MAGIC = "SMHJ\u0001".getBytes(StandardCharsets.US_ASCII);

    private final VaultKey key;
    private final Crypto crypto;

    RenewJournalCodec(VaultKey key, Crypto crypto) {
        this.key = key;
        this.crypto = crypto;
    }

    byte[] encode(List<JournaledRenew> renews) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(plain)) {
            out.writeInt(renews.size());
            for (JournaledRenew renew : renews) {
                out.writeUTF(renew.ref().libraryId());
                out.writeUTF(renew.ref().label());
                out.writeLong(renew.sentAt().getEpochSecond());
                out.writeInt(renew.sentAt().getNano());
            }
        }
        byte[] nonce = crypto.randomBytes(Crypto.NONCE_BYTES);
        byte[] sealed = Crypto.encrypt(key.bytes(), nonce, plain.toByteArray(), MAGIC);
        ByteBuffer file = ByteBuffer.allocate(MAGIC.length + Integer.BYTES + nonce.length + sealed.length);
        file.put(MAGIC).putInt(nonce.length + sealed.length).put(nonce).put(sealed);
        return file.array();
    }

    /** The renews in {@code bytes}; an IOException when they are not a journal this key wrote. */
    List<JournaledRenew> decode(byte[] bytes) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        if (bytes.length < MAGIC.length + Integer.BYTES + Crypto.NONCE_BYTES) {
            throw new IOException("cut short");
        }
        file.get(magic);
        int length = file.getInt();
        if (!Arrays.equals(magic, MAGIC) || length < Crypto.NONCE_BYTES || length > file.remaining()) {
            throw new IOException("not a renew journal");
        }
        byte[] nonce = new byte[Crypto.NONCE_BYTES];
        file.get(nonce);
        byte[] sealed = new byte[length - Crypto.NONCE_BYTES];
        file.get(sealed);
        byte[] plain = Crypto.decrypt(key.bytes(), nonce, sealed, MAGIC);
        if (plain == null) {
            throw new IOException("not readable with this vault's key");
        }
        List<JournaledRenew> renews = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                TokenRef ref = new TokenRef(in.readUTF(), in.readUTF());
                renews.add(new JournaledRenew(ref, Instant.ofEpochSecond(in.readLong(), in.readInt())));
            }
        }
        return renews;
    }
}
