package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private static final Normalizer PLAIN = new Normalizer(Map.of());

    @Test
    void normalize_emoji_isDroppedAndLaterOffsetsPointPastIt() {
        Normalized nz = PLAIN.normalize("好😂看🧧了", null);

        assertThat(nz.text()).isEqualTo("好看了");
        assertThat(nz.originalStart(1)).isEqualTo(3);
        assertThat(nz.originalStart(2)).isEqualTo(6);
    }

    @Test
    void normalize_mathAlphanumerics_foldToPlainLettersAndDigits() {
        Normalized nz = PLAIN.normalize("𝕥𝕠𝕡 𝟠𝟠", null);

        assertThat(nz.text()).isEqualTo("top88");
        assertThat(nz.latin()).isEqualTo(3);
        assertThat(nz.digits()).isEqualTo(2);
        assertThat(nz.originalStart(3)).isEqualTo(7);
    }

    @Test
    void normalize_enclosedIdeograph_foldsToItsIdeograph() {
        assertThat(PLAIN.normalize("🈲片", null).text()).isEqualTo("禁片");
    }

    @Test
    void normalize_lettersOutsideTheTables_areKeptAsWritten() {
        String deseret = new String(Character.toChars(0x10400));
        String extensionB = new String(Character.toChars(0x20000));

        assertThat(PLAIN.normalize("a" + deseret + extensionB + "b", null).text())
                .isEqualTo("a" + deseret + extensionB + "b");
    }

    @Test
    void normalize_emojiListedAsAWord_expandsWithEveryCharAtTheEmoji() {
        Normalizer normalizer = new Normalizer(Map.of(0x1F4B0, "钱币", 0x1F4B5, "钱"));

        Normalized nz = normalizer.normalize("赚💰💵", null);

        assertThat(nz.text()).isEqualTo("赚钱币钱");
        assertThat(nz.originalStart(1)).isEqualTo(1);
        assertThat(nz.originalStart(2)).isEqualTo(1);
        assertThat(nz.originalStart(3)).isEqualTo(3);
    }

    @Test
    void normalize_loneSurrogates_areDropped() {
        assertThat(PLAIN.normalize("a\uD83Db\uDE02c", null).text()).isEqualTo("abc");
    }

    @Test
    void foldSupplementary_givesOneCharOrNothing() {
        Normalizer normalizer = new Normalizer(Map.of(0x1F4B0, "钱币"));

        assertThat(normalizer.foldSupplementary(0x1D565)).isEqualTo('t');
        assertThat(normalizer.foldSupplementary(0x1F602)).isEqualTo((char) 0);
        assertThat(normalizer.foldSupplementary(0x1F4B0)).isEqualTo((char) 0);
        assertThat(normalizer.foldSupplementary(0x20000)).isEqualTo((char) 0);
    }
}
