package io.qunflow.moderation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Deterministic 10,000-entry word list and chat corpus for the benchmark. */
final class BenchData {

    static final long SEED = 20240601L;

    private BenchData() {}

    /** The real lexicon plus generated entries up to {@code size}, built from realistic spam phrase parts. */
    static List<LexiconEntry> lexicon(int size) {
        List<LexiconEntry> out = new ArrayList<>(TestData.lexiconEntries());
        Set<String> seen = new HashSet<>();
        for (LexiconEntry e : out) {
            seen.add(Variants.shipped().normalizer().normalizeTerm(e.term()));
        }
        Random rnd = new Random(SEED);
        String[] cities = {
            "北京", "上海", "广州", "深圳", "杭州", "成都", "重庆", "武汉", "西安", "南京", "苏州", "天津", "长沙", "郑州", "东莞", "青岛", "沈阳", "宁波",
            "昆明", "合肥", "佛山", "福州", "厦门", "济南", "温州", "南宁", "长春", "泉州", "石家庄", "贵阳", "南昌", "金华", "常州", "无锡", "嘉兴", "太原",
            "徐州", "惠州", "珠海", "中山", "台州", "烟台", "兰州", "绍兴", "海口", "三亚", "大连", "哈尔滨", "澳门", "香港"
        };
        String[][] services = {
            {"外围", "PORN", "SEVERE"},
            {"楼凤", "PORN", "SEVERE"},
            {"包夜", "PORN", "SEVERE"},
            {"约炮", "PORN", "SEVERE"},
            {"上门按摩", "PORN", "SEVERE"},
            {"桑拿会所", "PORN", "SEVERE"},
            {"赌场", "GAMBLING", "HIGH"},
            {"棋牌室代理", "GAMBLING", "HIGH"},
            {"办证", "FRAUD", "SEVERE"},
            {"代开发票", "FRAUD", "SEVERE"},
            {"刻章", "FRAUD", "SEVERE"},
            {"贷款秒批", "FRAUD", "SEVERE"},
            {"兼职日结", "SCAM", "HIGH"},
            {"宝妈兼职", "SCAM", "HIGH"},
            {"刷单群", "SCAM", "HIGH"},
            {"货源批发", "COMPETITOR", "LOW"},
            {"同城约", "PORN", "SEVERE"},
            {"私家侦探", "FRAUD", "SEVERE"},
            {"代孕", "FRAUD", "SEVERE"},
            {"黑车", "FRAUD", "SEVERE"}
        };
        String[] sellVerbs = {"出售", "收购", "高价收", "批发", "代办", "低价出", "转让", "回收", "代做", "代注册"};
        String[] goods = {
            "银行卡", "手机卡", "身份证", "营业执照", "对公账户", "支付宝账号", "微信号", "抖音号", "快手号", "实名账号", "驾驶证", "学历证书", "社保卡", "公积金",
            "信用卡", "花呗额度", "白条额度", "电话卡", "流量卡", "物联网卡", "游戏账号", "会员账号", "网盘资源", "内部资料", "考试答案", "四六级答案", "假证件", "高仿包",
            "发票", "车牌"
        };
        String[] platforms = {"抖音", "快手", "淘宝", "拼多多", "京东", "小红书", "美团", "微博", "b站", "闲鱼", "得物", "视频号"};
        String[] tasks = {
            "点赞兼职", "关注赚钱", "刷好评", "刷销量", "刷流水", "做任务", "接单员", "评论员", "推广员", "养号赚钱", "浏览赚佣金", "垫付返现", "助力赚钱", "砍价代刷",
            "直播间挂机"
        };
        String[] gamble = {
            "时时彩", "快乐8", "幸运28", "pk拾", "百家乐", "龙虎斗", "牛牛", "炸金花", "捕鱼", "老虎机", "轮盘", "骰宝", "德州扑克", "斗地主赢钱", "麻将赢钱"
        };
        String[] gambleSuffix = {"计划", "平台", "代理", "开户", "群", "技巧", "稳赢", "必中", "内幕", "带单", "返水", "彩金"};
        String[] abuse = {"你这个", "群主是", "客服是", "店主是", "你们都是"};
        String[] abuseTail = {"傻子", "蠢货", "骗子", "废物", "猪头", "笨蛋", "混账", "狗腿子", "瘪三", "二货"};
        LinkedHashSet<LexiconEntry> gen = new LinkedHashSet<>();
        for (String c : cities) {
            for (String[] s : services) {
                gen.add(entry(c + s[0], s[1], s[2]));
            }
        }
        for (String v : sellVerbs) {
            for (String g : goods) {
                gen.add(entry(v + g, "FRAUD", "SEVERE"));
            }
        }
        for (String p : platforms) {
            for (String t : tasks) {
                gen.add(entry(p + t, "SCAM", "HIGH"));
            }
        }
        for (String g : gamble) {
            for (String s : gambleSuffix) {
                gen.add(entry(g + s, "GAMBLING", "HIGH"));
            }
        }
        for (String a : abuse) {
            for (String t : abuseTail) {
                gen.add(entry(a + t, "ABUSE", "MEDIUM"));
            }
        }
        List<LexiconEntry> structured = new ArrayList<>(gen);
        Collections.shuffle(structured, rnd);
        for (LexiconEntry e : structured) {
            if (out.size() >= size) {
                break;
            }
            if (seen.add(Variants.shipped().normalizer().normalizeTerm(e.term()))) {
                out.add(e);
            }
        }
        // Fill the rest with city × verb × goods triples (long, specific phrases like real blocklists have).
        while (out.size() < size) {
            String t = cities[rnd.nextInt(cities.length)]
                    + sellVerbs[rnd.nextInt(sellVerbs.length)]
                    + goods[rnd.nextInt(goods.length)];
            if (seen.add(Variants.shipped().normalizer().normalizeTerm(t))) {
                out.add(entry(t, "FRAUD", "SEVERE"));
            }
        }
        return out;
    }

    private static LexiconEntry entry(String term, String category, String severity) {
        return new LexiconEntry(term, Category.valueOf(category), Severity.valueOf(severity));
    }

    /**
     * {@code size} messages of everyday chat with ~5% spam lines mixed in, deterministic. Each
     * message joins {@code linesPerMessage} lines with '，' (1 = a typical short chat line,
     * 4 = a longer paragraph-style message).
     */
    static String[] corpus(int size, int linesPerMessage) {
        Random rnd = new Random(SEED);
        List<String> clean = TestData.clean();
        List<TestData.Spam> spam = TestData.spam();
        String[] out = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < linesPerMessage; k++) {
                if (k > 0) {
                    sb.append('，');
                }
                sb.append(
                        rnd.nextInt(100) < 5
                                ? spam.get(rnd.nextInt(spam.size())).text()
                                : clean.get(rnd.nextInt(clean.size())));
            }
            out[i] = sb.toString();
        }
        return out;
    }
}
