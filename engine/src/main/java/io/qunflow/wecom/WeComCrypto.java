package io.qunflow.wecom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's published callback encryption (WXBizMsgCrypt), done with the JDK: AES-256-CBC with the key
 * {@code Base64(EncodingAESKey + "=")} and the IV its first 16 bytes, PKCS#7 padding to 32-byte
 * blocks (not the JDK's 16, so the padding is done here), a plaintext of {@code random(16) +
 * msg_len(4, network order) + msg + receiveid}, and a SHA-1 signature over the sorted token,
 * timestamp, nonce and ciphertext.
 */
final class WeComCrypto {

    static final int BLOCK = 32;
    private static final int RANDOM = 16;
    private static final int LENGTH = 4;

    private final String token;
    private final String receiveId;
    private final SecretKeySpec key;
    private final IvParameterSpec iv;

    /**
     * @param receiveId the corp id every message must carry at its end
     * @throws IllegalArgumentException when the key is not 43 Base64 characters
     */
    WeComCrypto(String token, String encodingAesKey, String receiveId) {
        if (token == null || token.isEmpty() || receiveId == null || receiveId.isEmpty()) {
            throw new IllegalArgumentException("The callback token and the corp id are required");
        }
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("The EncodingAESKey must be 43 characters");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encodingAesKey + "=");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The EncodingAESKey is not Base64");
        }
        this.token = token;
        this.receiveId = receiveId;
        this.key = new SecretKeySpec(raw, "AES");
        this.iv = new IvParameterSpec(Arrays.copyOfRange(raw, 0, 16));
    }

    /** The lowercase hex SHA-1 of the four strings sorted and joined, as WeCom signs. */
    String signature(String timestamp, String nonce, String encrypted) {
        String[] parts = {token, timestamp, nonce, encrypted};
        Arrays.sort(parts);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks the signature, then decrypts and checks the receive id.
     *
     * @return the message WeCom sent
     * @throws CallbackRejected when the signature, the ciphertext or the receive id is wrong
     */
    String open(String signature, String timestamp, String nonce, String encrypted) {
        if (signature == null || timestamp == null || nonce == null || encrypted == null) {
            throw new CallbackRejected("msg_signature, timestamp, nonce and the encrypted message are required");
        }
        byte[] expected = signature(timestamp, nonce, encrypted).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw CallbackRejected.forged("The signature does not match");
        }
        return decrypt(encrypted);
    }

    /** Decrypts a message and checks that it was meant for this corp. */
    String decrypt(String encrypted) {
        byte[] plain;
        try {
            byte[] cipherText = Base64.getDecoder().decode(encrypted);
            if (cipherText.length == 0 || cipherText.length % 16 != 0) {
                throw new CallbackRejected("The encrypted message has the wrong length");
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, iv);
            plain = unpad(cipher.doFinal(cipherText));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new CallbackRejected("The encrypted message cannot be decrypted");
        }
        if (plain.length < RANDOM + LENGTH) {
            throw new CallbackRejected("The decrypted message is too short");
        }
        int length = ByteBuffer.wrap(plain, RANDOM, LENGTH).getInt();
        // Compared with what is left rather than added up: RANDOM + LENGTH + a length near
        // Integer.MAX_VALUE would overflow and pass.
        if (length < 0 || length > plain.length - RANDOM - LENGTH) {
            throw new CallbackRejected("The decrypted message has a wrong length field");
        }
        String from = new String(
                plain, RANDOM + LENGTH + length, plain.length - RANDOM - LENGTH - length, StandardCharsets.UTF_8);
        if (!receiveId.equals(from)) {
            throw CallbackRejected.forged("The message is for another receive id");
        }
        return new String(plain, RANDOM + LENGTH, length, StandardCharsets.UTF_8);
    }

    /** Encrypts a message for this corp with the given 16 random bytes (replies, and tests). */
    String encrypt(String message, byte[] random) {
        if (random.length != RANDOM) {
            throw new IllegalArgumentException("16 random bytes are needed");
        }
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = receiveId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer plain = ByteBuffer.allocate(RANDOM + LENGTH + msg.length + id.length);
        plain.put(random).putInt(msg.length).put(msg).put(id);
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, iv);
            return Base64.getEncoder().encodeToString(cipher.doFinal(pad(plain.array())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#7 to 32-byte blocks: 1 to 32 bytes, each holding the count; a whole block when already aligned. */
    static byte[] pad(byte[] data) {
        int count = BLOCK - data.length % BLOCK;
        byte[] padded = Arrays.copyOf(data, data.length + count);
        Arrays.fill(padded, data.length, padded.length, (byte) count);
        return padded;
    }

    /** Removes PKCS#7 padding of 1 to 32 bytes, refusing padding that is not all the same count. */
    static byte[] unpad(byte[] data) {
        if (data.length == 0) {
            throw new CallbackRejected("The decrypted message is empty");
        }
        int count = data[data.length - 1] & 0xff;
        if (count < 1 || count > BLOCK || count > data.length) {
            throw new CallbackRejected("The decrypted message has wrong padding");
        }
        for (int i = data.length - count; i < data.length; i++) {
            if ((data[i] & 0xff) != count) {
                throw new CallbackRejected("The decrypted message has wrong padding");
            }
        }
        return Arrays.copyOf(data, data.length - count);
    }
}
