package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CharacterTablesTest {

    @Test
    void shipped_isTheFileTheBuildWrote_andHoldsExactlyWhatTheLibrariesComputeToday() throws IOException {
        try (InputStream built = CharacterTables.class.getResourceAsStream(CharacterTables.RESOURCE)) {
            assertThat(built)
                    .as("the build step character-tables wrote " + CharacterTables.RESOURCE)
                    .isNotNull();
            CharacterTables read = CharacterTables.readFrom(built);
            CharacterTables computed = CharacterTables.compute();

            assertThat(read.form).isEqualTo(computed.form);
            assertThat(read.simplified).isEqualTo(computed.simplified);
            assertThat(read.reading).isEqualTo(computed.reading);
            assertThat(read.readings).isEqualTo(computed.readings);
        }
    }

    @Test
    void shipped_readsTraditionalFullWidthAndHomophones_asTheMatchersNeedThem() {
        assertThat(CharacterBase.simplified('內')).isEqualTo('内');
        assertThat(CharacterBase.simplified('幣')).isEqualTo('币');
        assertThat(CharacterBase.form('Ｗ')).isEqualTo('w');
        assertThat(CharacterBase.form('，')).isEqualTo(Normalizer.SKIP);
        assertThat(CharacterBase.reading('够')).isEqualTo(CharacterBase.reading('购'));
        assertThat(CharacterBase.reading('裙')).isEqualTo(CharacterBase.reading('群'));
        assertThat(CharacterBase.reading('好')).isNotEqualTo(CharacterBase.reading('群'));
    }

    @Test
    void readFrom_refusesTablesOfAnotherFormat() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(new byte[] {0, 0, 0, 9});
        }

        assertThatThrownBy(() -> CharacterTables.readFrom(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("format 9");
    }
}
