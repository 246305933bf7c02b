package dev.smhtoken.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/** Rewrites the header JSON of a vault file with a correct checksum, as a deliberate attacker would. */
final class HeaderEdits {
    private HeaderEdits() {
    }

    static byte[] edit(byte[] file, UnaryOperator<String> change) {
        ByteBuffer buffer = ByteBuffer.wrap(file);
        int version = Short.toUnsignedInt(buffer.getShort(4));
        int headerLength = buffer.getInt(6);
        String header = new String(file, 10, headerLength, StandardCharsets.UTF_8);
        int bodyStart = 10 + headerLength + VaultFileFormat.CHECKSUM_BYTES;
        byte[] nonce = Arrays.copyOfRange(file, bodyStart, bodyStart + Crypto.NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(file, bodyStart + Crypto.NONCE_BYTES, file.length);
        return VaultFileFormat.assemble(version, change.apply(header).getBytes(StandardCharsets.UTF_8), nonce, ciphertext);
    }
}
