package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hosts the rules compare with the shop's own sites ({@code moderation.own-link-hosts}): the site
 * a browser opens, read from the link as written, and nothing for a link whose writing hides which
 * site it is (a look-alike letter folds to the letter it imitates in the canonical text).
 */
class LinkHostsTest {

    private static final TextScreener SCREENER = new TextScreener(Lexicon.of(ShippedLexicon.all()));

    private static java.util.List<String> hosts(String text) {
        return ModerationPipeline.offence(SCREENER.screen(text, MessageFlags.NONE), text)
                .linkHosts();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "这个链接怎么打不开 https://Shop.Brand.com/item.htm?id=123|shop.brand.com",
                "活动页 http://www.brand.com:8080/618|www.brand.com",
                "看这里 brand.com/sale#top|brand.com",
                "官网 brand.com.|brand.com"
            })
    void aPlainWebAddress_givesTheHostABrowserOpens(String text, String host) {
        assertThat(hosts(text)).containsExactly(host);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // userinfo: the browser opens evil.top
                "https://brand.com@evil.top/login",
                // a Cyrillic а in place of the latin a
                "https://br\u0430nd.com/item",
                // full-width letters and an ideographic full stop
                "ｂｒａｎｄ。ｃｏｍ/item"
            })
    void aLinkWhoseWritingHidesItsSite_givesNoHost(String text) {
        assertThat(hosts(text)).isNotEmpty().allMatch(String::isEmpty);
    }
}
