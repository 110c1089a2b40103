package io.qunflow.security;

import java.text.Normalizer;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and compares passwords in Unicode's composed form (NFC): the same password typed on
 * another keyboard or system may arrive decomposed (é as e and a combining accent, 한 as its jamo),
 * and must sign in all the same. ASCII is its own NFC, so every ASCII password's hash stays valid.
 */
final class NfcPasswords implements PasswordEncoder {

    private final PasswordEncoder hashes;

    NfcPasswords(PasswordEncoder hashes) {
        this.hashes = hashes;
    }

    /** The form a password is hashed and compared in. */
    static String composed(CharSequence password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    @Override
    public String encode(CharSequence password) {
        return hashes.encode(composed(password));
    }

    @Override
    public boolean matches(CharSequence password, String hash) {
        String composed = composed(password);
        // A hash stored before passwords were composed may hold the decomposed form as it was typed.
        return hashes.matches(composed, hash) || (!composed.contentEquals(password) && hashes.matches(password, hash));
    }

    @Override
    public boolean upgradeEncoding(String hash) {
        return hashes.upgradeEncoding(hash);
    }
}
