package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * WXBizMsgCrypt as WeCom publishes it. The vectors are those of WeCom's own sample for the
 * encryption library (企业微信「加解密库」, Sample.java / Sample.cs / Sample.php, package
 * com.qq.weixin.mp.aes; reproduced e.g. in the public repository pang0lin/qltest at
 * classes/com/qq/weixin/mp/aes/Sample.java and 2830499544/VipCard at Chain.Wechat/Tencent/Sample.cs):
 * token QDG6eK, corp id wx5823bf96d3bd56c7, EncodingAESKey jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C.
 */
class WeComCryptoTest {

    static final String TOKEN = "QDG6eK";
    static final String CORP_ID = "wx5823bf96d3bd56c7";
    static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    /** The sample's「使用示例一：验证回调URL」request (echostr URL-decoded). */
    static final String VERIFY_SIGNATURE = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";

    static final String VERIFY_TIMESTAMP = "1409659589";
    static final String VERIFY_NONCE = "263014780";
    static final String VERIFY_ECHOSTR =
            "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";

    /** The sample's「使用示例二：对用户回复的消息解密」request. */
    static final String MESSAGE_SIGNATURE = "477715d11cdb4164915debcba66cb864d751f3e6";

    static final String MESSAGE_TIMESTAMP = "1409659813";
    static final String MESSAGE_NONCE = "1372623149";
    static final String MESSAGE_ENCRYPT =
            "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

    final WeComCrypto crypto = new WeComCrypto(TOKEN, KEY, CORP_ID);

    @Test
    void open_urlVerificationSampleOfWeCom() {
        assertThat(crypto.signature(VERIFY_TIMESTAMP, VERIFY_NONCE, VERIFY_ECHOSTR))
                .isEqualTo(VERIFY_SIGNATURE);
        String echo = crypto.open(VERIFY_SIGNATURE, VERIFY_TIMESTAMP, VERIFY_NONCE, VERIFY_ECHOSTR);
        // The plain text the sample's comments give for this echostr.
        assertThat(echo).isEqualTo("1616140317555161061");
    }

    /** The sample message ends in 30 bytes of padding: more than one AES block, as only 32-byte blocks allow. */
    @Test
    void open_messageSampleOfWeCom() {
        String message = crypto.open(MESSAGE_SIGNATURE, MESSAGE_TIMESTAMP, MESSAGE_NONCE, MESSAGE_ENCRYPT);
        XmlMessage xml = XmlMessage.parse(message);
        assertThat(xml.get("ToUserName")).isEqualTo(CORP_ID);
        assertThat(xml.get("MsgType")).isEqualTo("text");
        assertThat(xml.get("CreateTime")).isEqualTo(MESSAGE_TIMESTAMP);
        assertThat(xml.get("Content")).isEqualTo("hello");
        assertThat(xml.get("AgentID")).isEqualTo("218");
    }

    @Test
    void open_refusesAWrongSignature() {
        String wrong = "0" + VERIFY_SIGNATURE.substring(1);
        assertThatThrownBy(() -> crypto.open(wrong, VERIFY_TIMESTAMP, VERIFY_NONCE, VERIFY_ECHOSTR))
                .isInstanceOfSatisfying(
                        CallbackRejected.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void decrypt_refusesAMessageForAnotherCorp() {
        WeComCrypto otherCorp = new WeComCrypto(TOKEN, KEY, "ww0000000000000000");
        assertThatThrownBy(() -> otherCorp.decrypt(MESSAGE_ENCRYPT))
                .isInstanceOfSatisfying(
                        CallbackRejected.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void encrypt_padsTo32ByteBlocksWithMoreThan16BytesOfPadding() throws Exception {
        byte[] random = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        // 16 + 4 + 5 + 18 = 43 bytes of plaintext: 21 bytes of padding, more than one AES block of it.
        String encrypted = crypto.encrypt("hello", random);
        byte[] raw = rawDecrypt(encrypted);
        assertThat(raw.length % 32).isZero();
        int pad = raw[raw.length - 1];
        assertThat(pad).isEqualTo(21);
        assertThat(Arrays.copyOfRange(raw, raw.length - pad, raw.length)).containsOnly((byte) 21);
        assertThat(crypto.decrypt(encrypted)).isEqualTo("hello");
    }

    @Test
    void decrypt_readsEveryPaddingLengthFrom1To32() {
        byte[] random = new byte[16];
        for (int length = 0; length < 40; length++) {
            String message = "群".repeat(length / 3) + "x".repeat(length % 3);
            assertThat(crypto.decrypt(crypto.encrypt(message, random))).isEqualTo(message);
        }
    }

    @Test
    void unpad_refusesPaddingThatIsNotAllTheSameCount() {
        byte[] block = new byte[32];
        Arrays.fill(block, (byte) 20);
        block[20] = 7;
        assertThatThrownBy(() -> WeComCrypto.unpad(block)).isInstanceOf(CallbackRejected.class);
        byte[] tooLong = new byte[64];
        Arrays.fill(tooLong, (byte) 33);
        assertThatThrownBy(() -> WeComCrypto.unpad(tooLong)).isInstanceOf(CallbackRejected.class);
    }

    @Test
    void decrypt_refusesCipherTextOfWrongLength() {
        assertThatThrownBy(() -> crypto.decrypt(Base64.getEncoder().encodeToString(new byte[20])))
                .isInstanceOfSatisfying(
                        CallbackRejected.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    /**
     * A length field near Integer.MAX_VALUE once overflowed the bound check (16 + 4 + length wraps
     * negative) and failed reading the string: a 500 instead of a refusal.
     */
    @Test
    void decrypt_refusesALengthFieldBeyondTheMessage() throws Exception {
        int rest = "<xml/>".length() + CORP_ID.length();
        for (int length : new int[] {Integer.MAX_VALUE - 5, Integer.MAX_VALUE, Integer.MIN_VALUE, -1, rest + 1}) {
            String encrypted = encryptWithLengthField(length, "<xml/>");
            assertThatThrownBy(() -> crypto.decrypt(encrypted))
                    .as("length field %d", length)
                    .isInstanceOfSatisfying(
                            CallbackRejected.class, e -> assertThat(e.status()).isEqualTo(400));
        }
        assertThat(crypto.decrypt(encryptWithLengthField("<xml/>".length(), "<xml/>")))
                .as("the true length")
                .isEqualTo("<xml/>");
    }

    /**
     * The corp's ciphertext of {@code random(16) + lengthField + message + corp id}, whatever the
     * length field says: what a sender who holds the key could lay out.
     */
    static String encryptWithLengthField(int lengthField, String message) throws Exception {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = CORP_ID.getBytes(StandardCharsets.UTF_8);
        ByteBuffer plain = ByteBuffer.allocate(16 + 4 + msg.length + id.length);
        plain.put(new byte[16]).putInt(lengthField).put(msg).put(id);
        byte[] key = Base64.getDecoder().decode(KEY + "=");
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        return Base64.getEncoder().encodeToString(cipher.doFinal(WeComCrypto.pad(plain.array())));
    }

    /** AES-256-CBC without removing padding, key and IV as WeCom defines them. */
    private static byte[] rawDecrypt(String encrypted) throws Exception {
        byte[] key = Base64.getDecoder().decode(KEY + "=");
        Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(Arrays.copyOf(key, 16)));
        return cipher.doFinal(Base64.getDecoder().decode(encrypted));
    }
}
