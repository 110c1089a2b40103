package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconCsvTest {

    @Test
    void termsStartingWithTheGuardQuote_exportAndImportBackAsWritten() throws IOException {
        List<LexiconEntry> written = List.of(
                new LexiconEntry("'=x", Category.SCAM, Severity.LOW),
                new LexiconEntry("'abc", Category.SCAM, Severity.LOW),
                new LexiconEntry("=x", Category.SCAM, Severity.LOW),
                new LexiconEntry("''y", Category.SCAM, Severity.LOW));

        String csv = LexiconCsv.write(written);

        assertThat(LexiconCsv.read(new StringReader(csv))).containsExactlyElementsOf(written);
        assertThat(csv.lines().skip(1)).allMatch(line -> line.startsWith("'"));
    }

    @Test
    void read_commentsQuotesAndBlankLines_parsed() throws IOException {
        String csv = "# contact words\n"
                + "term,category,severity\n"
                + "\n"
                + "加微信,CONTACT,HIGH\n"
                + "# another comment\n"
                + "\"a,b\",abuse,low\n"
                + "\"say \"\"hi\"\"\", SCAM , medium\n";
        assertThat(LexiconCsv.read(new StringReader(csv)))
                .containsExactly(
                        new LexiconEntry("加微信", Category.CONTACT, Severity.HIGH),
                        new LexiconEntry("a,b", Category.ABUSE, Severity.LOW),
                        new LexiconEntry("say \"hi\"", Category.SCAM, Severity.MEDIUM));
    }

    @Test
    void read_unknownCategory_errorNamesLine() {
        String csv = "term,category,severity\n加微信,CONTACT,HIGH\n# c\n刷单,SPAMMY,HIGH\n";
        assertThatThrownBy(() -> LexiconCsv.read(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("SPAMMY");
    }

    @Test
    void read_wrongFieldCount_errorNamesLine() {
        assertThatThrownBy(() -> LexiconCsv.read(new StringReader("term,category,severity\n刷单,SCAM\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void read_missingHeader_error() {
        assertThatThrownBy(() -> LexiconCsv.read(new StringReader("刷单,SCAM,HIGH\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("header");
    }

    @Test
    void read_unterminatedQuote_errorNamesLine() {
        assertThatThrownBy(() -> LexiconCsv.read(new StringReader("term,category,severity\n\"刷单,SCAM,HIGH\n")))
                .hasMessageContaining("line 2");
    }

    @Test
    void write_roundTrip_sameEntries() throws IOException {
        List<LexiconEntry> entries = List.of(
                new LexiconEntry("加微信", Category.CONTACT, Severity.HIGH),
                new LexiconEntry("a,\"b\"", Category.ABUSE, Severity.LOW),
                new LexiconEntry("#tag", Category.LINK, Severity.MEDIUM));
        assertThat(LexiconCsv.read(new StringReader(LexiconCsv.write(entries)))).isEqualTo(entries);
    }

    @Test
    void write_termsThatReadAsFormulas_areGuarded_andReadBackAsWritten() throws IOException {
        List<LexiconEntry> entries = List.of(
                new LexiconEntry("=HYPERLINK(\"x\")", Category.LINK, Severity.HIGH),
                new LexiconEntry("+V看头像", Category.CONTACT, Severity.MEDIUM),
                new LexiconEntry("-广告-", Category.SCAM, Severity.LOW),
                new LexiconEntry("@群主", Category.ABUSE, Severity.LOW));

        String csv = LexiconCsv.write(entries);

        assertThat(csv.lines().skip(1)).allMatch(line -> line.startsWith("'") || line.startsWith("\"'"));
        assertThat(LexiconCsv.read(new StringReader(csv))).isEqualTo(entries);
    }
}
