package io.qunflow.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A contact that is not written in the message but pointed at: in the avatar or the nickname, with
 * the reason to note when adding, or as an account on a content platform (issue 17's contact
 * family); and members who mention their avatar, a note or their platform account in passing.
 */
class ContactsElsewhereTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "想要的联系方式在我头像里|lexicon|联系方式在我头像",
                "联系方式见主页哦|lexicon|联系方式见主页",
                "看我昵称加我，暗号666|lexicon|看我昵称加",
                "加我备注来意，秒通过|lexicon|备注来意",
                "抖音号：tuiguang520，关注送资料|contact-id|tuiguang520",
                "快手号 km88888 每晚8点直播|contact-id|km88888",
                "dy号lily_2024|contact-id|lily_2024",
            })
    void screen_aContactPointedAtElsewhere_isAContactHit(String text, String detector, String term) {
        assertThat(TestData.SCREENER.screen(text, MessageFlags.NONE).hits())
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple(detector, term, Category.CONTACT));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我抖音号被封了，气死",
                "抖音号100万粉丝的博主推荐的这款",
                "你抖音号多少，我关注你",
                "我的快手号注册3年了",
                "备注一下你的名字和楼号",
                "我换了个昵称，大家还认得我吗",
            })
    void screen_aPlatformAccountOrANicknameMentionedInPassing_isClean(String text) {
        assertThat(TestData.SCREENER.screen(text, MessageFlags.NONE).clean()).isTrue();
    }
}
