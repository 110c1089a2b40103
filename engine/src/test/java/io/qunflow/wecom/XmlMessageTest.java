package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlMessageTest {

    @Test
    void parse_readsFieldsAndItemLists() {
        XmlMessage xml = XmlMessage.parse("""
                <xml><ChatId><![CDATA[wrChat]]></ChatId><JoinScene>3</JoinScene>
                <MemChangeList><Item><![CDATA[wmA]]></Item><Item>wmB</Item></MemChangeList></xml>""");
        assertThat(xml.get("ChatId")).isEqualTo("wrChat");
        assertThat(xml.number("JoinScene", 0)).isEqualTo(3);
        assertThat(xml.list("MemChangeList")).containsExactly("wmA", "wmB");
    }

    /** CreateTime is Unix seconds, past what an int holds from 2038-01-19 on. */
    @Test
    void number_readsACreateTimeBeyond2038() {
        XmlMessage xml = XmlMessage.parse("<xml><CreateTime>2200000000</CreateTime></xml>");
        assertThat(xml.number("CreateTime", 0)).isEqualTo(2_200_000_000L);
    }

    @Test
    void list_readsTheOlderCommaSeparatedForm() {
        XmlMessage xml = XmlMessage.parse("<xml><MemChangeList><![CDATA[wmA,wmB]]></MemChangeList></xml>");
        assertThat(xml.list("MemChangeList")).containsExactly("wmA", "wmB");
    }

    @Test
    void parse_refusesExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "corp-secret-on-disk");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]><xml><Encrypt>&s;</Encrypt></xml>";
        assertThatThrownBy(() -> XmlMessage.parse(xxe))
                .isInstanceOf(CallbackRejected.class)
                .hasMessageNotContaining("corp-secret-on-disk");
    }

    @Test
    void parse_refusesEntityExpansion() {
        String bomb =
                "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + "<xml><Encrypt>&b;&b;&b;&b;</Encrypt></xml>";
        assertThatThrownBy(() -> XmlMessage.parse(bomb)).isInstanceOf(CallbackRejected.class);
    }

    @Test
    void parse_refusesOversizedAndEmptyBodies() {
        assertThatThrownBy(() -> XmlMessage.parse("")).isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> XmlMessage.parse("<xml>" + "x".repeat(XmlMessage.MAX_LENGTH) + "</xml>"))
                .isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> XmlMessage.parse("not xml")).isInstanceOf(CallbackRejected.class);
    }

    @Test
    void envelope_readsTheFlatEnvelopeWeComPosts() {
        XmlMessage envelope = XmlMessage.envelope(
                "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[abc+/=]]></Encrypt>"
                        + "<AgentID>1000002</AgentID></xml>");
        assertThat(envelope.get("Encrypt")).isEqualTo("abc+/=");
        assertThat(envelope.get("AgentID")).isEqualTo("1000002");
    }

    @Test
    void envelope_refusesAnElementInsideAField() {
        assertThatThrownBy(() -> XmlMessage.envelope("<xml><Encrypt><a>abc</a></Encrypt></xml>"))
                .isInstanceOf(CallbackRejected.class)
                .hasMessage("The body is not a WeCom XML message");
    }

    /** Deep enough to overflow the stack of a recursive reading of its text, and still under the size limit. */
    @Test
    void envelope_refusesThousandsOfNestedElementsWithoutOverflowingTheStack() {
        String deep = "<xml><Encrypt>" + "<a>".repeat(36_000) + "x" + "</a>".repeat(36_000) + "</Encrypt></xml>";
        assertThat(deep.length()).isLessThan(XmlMessage.MAX_LENGTH);

        assertThatThrownBy(() -> XmlMessage.envelope(deep)).isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> XmlMessage.parse(deep)).isInstanceOf(CallbackRejected.class);
    }

    @Test
    void parse_readsItemListsButRefusesNestingDeeperThanAnyMessage() {
        String nested = "<a>".repeat(XmlMessage.MESSAGE_DEPTH) + "x" + "</a>".repeat(XmlMessage.MESSAGE_DEPTH);
        assertThatThrownBy(() -> XmlMessage.parse("<xml><Content>" + nested + "</Content></xml>"))
                .isInstanceOf(CallbackRejected.class);
        assertThat(XmlMessage.parse("<xml><MemChangeList><Item>wmA</Item></MemChangeList></xml>")
                        .list("MemChangeList"))
                .containsExactly("wmA");
    }
}
