package io.qunflow.moderation;

import static io.qunflow.moderation.TestData.hits;
import static io.qunflow.moderation.TestData.outcomes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gambling ads (a game named with a platform's pitch or a promise of winnings, or with an ask to
 * make contact) and grey-market gig ads (posting for someone's platform account), as gambling rooms
 * and click farms word them in chat groups, and the everyday lines of sports fans, lottery players,
 * gamers, parents and shops that must stay clean (issue 17).
 */
class GamblingAndGreyAdsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "斗牛坐庄，随时开|抖牛+坐庄",
                "牛牛金花，输了来回血|金花+来回血",
                "牌九带单，跟着走就行|牌9+带单",
                "三公 资金安全 出款快|3公+资金安全",
                "推筒子包赢，一把定输赢|推筒子+包赢",
                "二八杠精准计划，每天三期|28杠+精准计划",
            })
    void screen_aGameWithAPlatformsPitch_isAGamblingInvite(String text, String term) {
        assertThat(hits(text))
                .as(text)
                .extracting(Hit::detector, Hit::term, Hit::category)
                .contains(tuple("gambling-invite", term, Category.GAMBLING));
        assertThat(outcomes(text)).contains("WARN_MEMBER");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "棋牌群，想玩的来|棋牌+的来",
                "PG电子，输了加我|pg+加我",
                "可当面对赌，需要的私我|对赌+私我",
                "棋牌金花，随到随玩|棋牌+金花",
                "金花牪，可拉|金花+可拉",
            })
    void screen_aGameOfTheNewRowsWithAnAskOrAnotherGame_isAGamblingInvite(String text, String term) {
        assertThat(hits(text)).as(text).extracting(Hit::detector, Hit::term).contains(tuple("gambling-invite", term));
        assertThat(outcomes(text)).contains("WARN_MEMBER");
    }

    /**
     * An everyday phrase clears a message only as written: 三公金 sounds like 三公斤 (three kilos), but
     * the menu 三公金花 is two games, while 三公斤 and 三公里 written out stay everyday.
     */
    @Test
    void screen_aHomophoneOfAnEverydayPhrase_clearsNothing() {
        assertThat(hits("有没有三公金花，来")).anySatisfy(h -> assertThat(h.term()).isEqualTo("3公+金花"));
        assertThat(hits("买了三公斤苹果，走了三公里")).isEmpty();
    }

    @Test
    void screen_twoOxenWrittenForNiuniu_matchTheGamblingTermsThatNameIt() {
        assertThat(hits("牪金花三公，随时开")).extracting(Hit::term, Hit::category).contains(tuple("牛牛金花", Category.GAMBLING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"帮抖音发一个视频，做不做", "快手发个作品，来不", "小红书发个视频做吗，很简单"})
    void screen_aPlatformsGigWrittenWithACountOfItsPost_isAGigOffer(String text) {
        assertThat(hits(text)).anySatisfy(h -> assertThat(h.detector()).isEqualTo("gig-offer"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "今晚这场我押主队赢，输了请大家喝奶茶",
                "昨天买了两注双色球，又没中",
                "本店可开发票，下单备注抬头",
                "银行卡丢了记得挂失",
                "这局棋牌游戏我输了三把",
                "棋牌游戏充值了6块，又输了",
                "孩子沉迷棋牌游戏怎么办",
                "牛牛的书包中放了两本绘本",
                "周末打麻将，有玩的来",
                "去水库捕鱼的来，带上网兜",
                "买菠菜的来，今天新鲜",
                "欧冠决赛有玩的来我家看",
                "牛牛把房卡弄丢了，前台又补了一张",
                "我爸天天泡在棋牌室，有事找我",
                "楼下棋牌室装修好了，想打牌的来",
                "我们跟投资方签了对赌协议，有问题联系我",
                "带牛牛去银行开户，存压岁钱",
                "牛牛在学习平台上课，效果不错",
                "楼下新开了体彩投注站，福彩也能买",
                "这张图是jpg格式，想要的来拿",
                "PG-13的电影，孩子能看吗",
                "我家牛牛打完疫苗在家回血，精神还行",
                "这个理财产品资金安全吗，有了解的私我",
                "抖音发个视频来不及了，明天再说",
                "我在抖音发个作品，大家帮忙看看",
                "我家狗狗叫牛牛，谁家的猫走丢了联系我",
                "牛牛今天又考了一百分，有事联系我",
                "这个游戏首充6元送皮肤",
                "这把稳赢，大家冲",
                "抽卡必中SSR的活动来了",
                "买体彩哪有稳赚的",
                "哪有稳赚不赔的生意，别信",
            })
    void screen_everydayLinesAboutMatchesLotteriesGamesAndShops_stayClean(String text) {
        assertThat(outcomes(text)).as(text).isEmpty();
    }
}
