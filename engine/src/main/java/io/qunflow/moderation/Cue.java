package io.qunflow.moderation;

/** A cue word from rules/lexicon/variants/cues.csv: not an offence itself, evidence a detector weighs. */
record Cue(String text, Kind kind) {

    enum Kind {
        CONTACT,
        PRIVATE_CHAT,
        TRADE,
        TASK,
        PRICE,
        PRICE_UNIT,
        PER,
        /** A gambling game's name, counted near an invitation or a private-chat ask: 牛牛, 金花, 三公. */
        GAME,
        /** Asks whoever wants to join in: 可拉, 的来, 有玩的. */
        INVITE,
        /**
         * Pitches a gambling platform or promises winnings: 首充, 返水, 彩金, 带单, 包赢, 必中, 资金安全.
         * Counted near a gambling game as an invitation is ({@link EvasionDetectors#gamblingInvites}):
         * 牌九带单, 三公 资金安全. Alone the cue is nothing (这个理财产品资金安全吗), though some are word-list
         * terms too (首充, 彩金).
         */
        BET_PITCH,
        /**
         * A sign-up a gambling platform pays for, read by {@link DepositBonuses} with a bonus word
         * (kind {@code bet-pitch}) right after it and an amount without a unit ending the message or
         * before a private-chat ask: 注册送28, 注册就送50找我拿 (a shop's 注册送28元券 names its unit).
         */
        SIGN_UP,
        /** A content platform whose accounts gig work is done for: 抖音, dy, 小红书, 视频号. */
        PLATFORM,
        /** What a member does on a platform, a gig right after a platform's name: 评论, 点赞, 发文. */
        MEMBER_ACTION,
        /** Asks whoever reads it to take a gig on: 做吗, 做不, 来不, 接不接. */
        GIG_ASK,
        /**
         * Says a task is on offer, read with a task only ({@link EvasionDetectors#gigOffers}), either
         * side of it: asks whether the reader wants it (要吗) or vouches that it is safe (绿色,
         * 不违规). Not with a platform's gig: 你在抖音评论的那件还要吗 is a shop asking a buyer.
         */
        TASK_OFFER,
        /**
         * Asks whether the reader needs a task, read only before one ({@link EvasionDetectors#gigOffers}):
         * 需要代发, 要不要代发; after it the task is what someone needs done (推文需要改一下).
         */
        TASK_NEED,
        /** An account that is bought and sold, read by {@link EvasionDetectors#accountTrades}: 微信号, qq号, 老号. */
        ACCOUNT,
        /** Buys or sells, written as one phrase with an account: 出售, 收购, 出 (出老号), 收 (收qq号). */
        DEAL,
        /**
         * A quantity passed over between a deal word and its account: 各类, 各种, 大量, 一批 (read by
         * {@link EvasionDetectors#accountTrades}, not matched).
         */
        DEAL_FILLER,
        /** Introduces who is speaking, read by {@link Impersonations}: 我是, 这里是, 我们是. */
        SELF_INTRO,
        /** A body whose name a fraudster borrows, right after an introduction: 客服, 银行, 公安, 海关, 快递. */
        AUTHORITY,
        /** What a fraudster posing as one asks for: 身份证号, 验证码, 转账, 罚款, 安全账户. */
        FRAUD_ASK,
        /** Warns against fraud, so a message holding one is no impersonation: 防骗, 谨防, 冒充, 别信. */
        FRAUD_WARNING,
        /**
         * Warns against what is written right beside it, in the same clause: 别碰, 是骗局, 别上当 (网贷千万别碰). A
         * listed term or a gig offer there is the warning's subject ({@link WarnedTerms}). Unlike
         * {@link #FRAUD_WARNING} it stands no detector down: fraudsters on the phone say 别上当 too.
         */
        TERM_WARNING,
        /**
         * Asks whether what came before it in its sentence is real, as the message's last words: 真的假的, 是骗人的吧
         * (有人加我说可以免费领手机，真的假的). A listed term there is what the member asks about ({@link WarnedTerms}).
         */
        TERM_QUESTION,
        /** A period a pay rate is given for ({@link PayRates}): 小时, 时薪; 一天, 日入; 一个月, 月薪. */
        PER_HOUR,
        PER_DAY,
        PER_MONTH,
        /** Passed over between a period and its amount: 稳定, 就结, 轻松 (read by {@link PayRates}, not matched). */
        PAY_FILLER,
        /** Makes a pay rate an offer when near it: 来, 私, 招, 有意 (read by {@link PayRates}, not matched). */
        PAY_OFFER,
        /** A unit after an amount that says it counts something other than money: 步, 次, 人 (not matched). */
        NOT_MONEY,
        /** Makes an amount near a period something paid out: 花, 预算, 房租 (read by {@link PayRates}, not matched). */
        SPENDING,
        /**
         * A return promised for a period, read by {@link PromisedReturns} with the rate right after
         * or before it: 年化收益, 年回报 (a year); 月收益 (a month); 日收益, 每天收益 (a day).
         */
        RETURN_PER_YEAR,
        RETURN_PER_MONTH,
        RETURN_PER_DAY,
        /** A return whose period goes unsaid, counted only with a promise word: 收益, 回报 ({@link PromisedReturns}). */
        RETURN,
        /** Makes a rate a promise: 高达, 可以达到, 保证, 以上 (read by {@link PromisedReturns}, not matched). */
        RETURN_PROMISE,
        /**
         * Calls a return high without a figure, right after a return cue: 非常高, 相当可观, 远超
         * ({@link PromisedReturns}, only with an investment pitch near by).
         */
        RETURN_HIGH,
        /** Pitches an investment to the reader: 投资项目, 投资机会, 投资计划 ({@link PromisedReturns}). */
        INVESTMENT_PITCH,
        /** Says someone is held, read by {@link Ransoms}: 在我手上, 被我们控制, 被绑架, 扣住了. */
        HOSTAGE,
        /** What a kidnapper demands or threatens, near a hostage claim: 赎金, 不要报警, 后果自负, 一笔钱. */
        RANSOM,
        /**
         * Says the reader's relative is with the speaker now: 你儿子现在在我们这里, 家人现在在我这里. A hostage
         * claim for {@link Ransoms} only from a caller who introduced themselves, with a demand or a threat after it.
         */
        WITH_CALLER,
        /**
         * A verb of holding someone (控制, 扣押, 绑架, 带走, 围住): a hostage claim for {@link Ransoms} only in
         * the passive, with 被 a few characters before it in the same clause (被一些不良分子控制了), and
         * only with a demand or a threat near it that is no plain transfer.
         */
        CAPTURE,
        /**
         * The speaker's place, said of someone: 现在在我这里, 现在在我这. Right after the reader's relative
         * (a {@link #KIN} cue after 你 or 您: 你爸爸现在在我这里) it is a with-caller claim for {@link Ransoms}.
         */
        WITH_ME,
        /**
         * A relative or someone known (儿子, 家人, 朋友), the reader's right after 你 or 您 (你儿子, 您的家人).
         * A ransom word that is only money ({@link #PLAIN_MONEY}) is a demand for {@link Ransoms} with the
         * reader's one named near the claim: 血糖被控制住了，花了一笔钱 names nobody's relative.
         */
        KIN,
        /**
         * A ransom word that is only money (一笔钱, 转账, 汇款, 现金): everyday beside a claim that names nobody
         * the reader knows and asks nobody for it (快递被人带走了，退款转账给你), a demand otherwise ({@link Ransoms}).
         */
        PLAIN_MONEY,
        /** Asks someone for something, read right before money by {@link Ransoms}: 要求, 要您, 叫你, 让你. */
        DEMAND,
        /** Tells the reader they have won, read by {@link PrizeClaims}: 恭喜您, 您中了, 被抽中. */
        PRIZE_WON,
        /** A prize, right after the reader is told they won: 大奖, 等奖, 奖金, 奖品 ({@link PrizeClaims}). */
        PRIZE,
        /** What a prize scam asks before paying out: 手续费, 税费, 身份证号, 银行卡号, 领奖请加 ({@link PrizeClaims}). */
        PRIZE_ASK,
        /**
         * A body that never tells anyone they won, introduced by the caller: 彩票中心, 彩票管理中心. A prize
         * announced right after it is a prize scam without an ask ({@link PrizeClaims}).
         */
        PRIZE_CALLER,
        /** The reader's own account or card, read by {@link AccountAlerts}: 您的账户, 您的银行卡. */
        READER_ACCOUNT,
        /** Says something is wrong with an account, right after the reader's: 异常交易, 非法操作 ({@link AccountAlerts}). */
        ACCOUNT_ALERT,
        /** Asks the reader to verify with the caller: 配合核实, 身份验证, 后四位 ({@link AccountAlerts}). */
        VERIFY_ASK,
        /** Says what the reader is, read by {@link InsultsAndSolicitations}: 你是, 你就是, 你这种, 你个. */
        AT_READER,
        /** An insulting word, right after a phrase naming the reader: 垃圾, 杂碎, 犯贱 ({@link InsultsAndSolicitations}). */
        INSULT,
        /** A role only sexual role-play names: 女dom, 女sub, sese ({@link InsultsAndSolicitations}). */
        SEX_ROLE,
        /** Asks for such a role, either side of it: 收, 求, 有没有, 要吗 ({@link InsultsAndSolicitations}). */
        SEX_ASK,
        /** Makes the person or picture right after it sexual: 涩涩, 瑟瑟 ({@link InsultsAndSolicitations}). */
        LEWD,
        /** A person or a picture, right after a lewd word: 女生, 漫画, 照片 ({@link InsultsAndSolicitations}). */
        LEWD_TARGET,
        /**
         * A verb a curse on the reader's mother opens with: 装, 吊, 处, 酸 ({@link InsultsAndSolicitations}). Alone
         * it is everyday (装箱, 吊灯, 处理, 酸奶).
         */
        CURSE_VERB,
        /**
         * The reader's mother as a curse spells her, with the word that ends the curse: 你妈呢, 你马笔, 你亩去. A
         * curse only right after a {@link #CURSE_VERB} ({@link InsultsAndSolicitations}): 你妈呢 alone asks a
         * child where the mother is, and 装你妈妈的行李 is no curse.
         */
        READER_MOTHER,
        /**
         * A person named as a sexual object, an animal or a lewd word (母狗, 女狗, 涩涩): with an ask to the
         * reader written right against it it is a solicitation ({@link InsultsAndSolicitations}).
         */
        SEX_OBJECT,
        /**
         * Asks the reader to make contact as the one named, written right against a sexual object:
         * 加我, 加爸爸, 自己加, 来找我 ({@link InsultsAndSolicitations}).
         */
        OBJECT_ASK,
        /**
         * Names a pet as pet owners and sellers do (柯基, 泰迪, 幼犬, 配种, 狗粮, 疫苗): a message holding one is
         * about a dog, so {@link InsultsAndSolicitations#sexObjects} stands down (出售柯基小母狗加我微信).
         */
        PET,
        TLD,
        COMMON_TLD,
        SHORT_LINK,
        QQ,
        WECHAT_ID,
        WEAK_WECHAT_ID,
        /** An everyday phrase holding a cue that is not one there (联系我们: a business's "contact us"). */
        EVERYDAY,
        /**
         * Introduces an account written with @, as Telegram's are: tg, 飞机, 电报. Only an id right
         * after the @ counts (飞机：@abc_123), so a flight number (飞机MU5101) or a member mentioned
         * after a space (飞机 @Tom2024) is none.
         */
        HANDLE,
        /**
         * Says the phone number right after it is the reader's own, read back to them or where
         * their confirmation goes: 您的联系电话, 您的手机, 确认短信发送到. Such a number asks nobody to
         * make contact, so {@link PhoneAndQqNumbers} passes it over; 我的联系电话 is no read-back.
         */
        READ_BACK,
        /**
         * Says a sentence reads the customer's details back to them: 送餐地址, 您的地址, 订单已确认,
         * 信息是否正确. A phone number later in the same sentence, with no private-chat ask between,
         * is theirs, so {@link PhoneAndQqNumbers} passes it over: 您的送餐地址是中山路123号，联系电话是….
         */
        READER_DETAILS,
        /**
         * Says the phone number right after it (through one 是 or 为), or right before it, is the writer's
         * own: 我的手机号, 下单手机号, 收件人电话, 是我下单的手机号. In a message about an order (an
         * {@link #ORDER_MATTER} cue) with no private-chat ask it is a customer's, given so the shop can find
         * the order, and {@link PhoneAndQqNumbers} passes it over: 我手机号13812345678，麻烦帮我改下地址.
         */
        OWN_NUMBER,
        /** What a customer asks a shop about an order: 查物流, 还没发货, 退款, 改地址 (with {@link #OWN_NUMBER}). */
        ORDER_MATTER,
        /**
         * Speaks of the reader's order as a service would: 您的快递, 你的订单, 给您退款. A number the writer
         * calls their own beside it is pushed at the reader (the refund scam's 您的快递丢失了，可以办理退款，我的电话…),
         * so {@link OwnNumbers#givenForAnOrder} does not pass it over.
         */
        READER_ORDER,
        /**
         * Asks to be contacted in private, but only as a message's last word: the bare 私 of
         * 便宜出，私. Anywhere else a single 私 is everyday (私人, 私房菜, 公是公，私是私), so
         * {@link EvasionDetectors#tradeSolicitations} reads it only where the text ends; an ask of two
         * characters or more (需要的私, 有意私, 请加) also where a clause ends (有需要的私，一个月30).
         */
        CLOSING_ASK,
        /**
         * A trade word that is everyday as written (购买: customers buy, and shops ask them to) and counts
         * as a {@link #TRADE} word near a private-chat ask only where the member wrote it otherwise, as a
         * homophone, a look-alike or with gaps (沟买, read as 购买): spelling around a word is hiding it.
         */
        DODGED_TRADE;

        /**
         * Top-level domains and hosts are read by the link detectors, the words that introduce a
         * QQ number or WeChat id by their scanners, the words around a pay rate by
         * {@link PayRates}, the promise words around a return by {@link PromisedReturns}, the quantities after a deal word by
         * {@link EvasionDetectors#accountTrades}, and the order words around a customer's own number by
         * {@link OwnNumbers#givenForAnOrder} (only when there is one: one chat line in eleven names an
         * order); none of them is matched in the text by the trie.
         */
        boolean matchedInText() {
            return this != TLD
                    && this != PAY_FILLER
                    && this != DEAL_FILLER
                    && this != PAY_OFFER
                    && this != NOT_MONEY
                    && this != SPENDING
                    && this != RETURN_PROMISE
                    && this != ORDER_MATTER
                    && this != READER_ORDER
                    && this != COMMON_TLD
                    && this != SHORT_LINK
                    && this != QQ
                    && this != WECHAT_ID
                    && this != WEAK_WECHAT_ID;
        }

        /**
         * How many longs a set of kinds takes, one bit per kind: two, as there are more than 64
         * kinds ({@code VariantDataTest} checks that they fit).
         */
        static final int WORDS = 2;

        /** Which long of a set of kinds holds this kind's {@link #bit()}. */
        int word() {
            return ordinal() >>> 6;
        }

        /** This kind's bit within its {@link #word()}. */
        long bit() {
            return 1L << (ordinal() & 63);
        }
    }
}
