package io.qunflow.rules;

import io.qunflow.common.RequestChecks;
import io.qunflow.common.Words;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The value of a {@link ParameterKind#HOSTS} parameter: host names, each standing for itself and its
 * subdomains, stored lower-case and separated by single spaces, as
 * {@link io.qunflow.rules.model.Offence#linksWithin} reads them.
 *
 * <p>Entries are checked one by one and refused with the entry named, rather than repaired: a pasted
 * {@code https://brand.tmall.com/} or {@code *.brand.com} might mean more or less than the person
 * typing it thinks, and a host list decides which links go unmoderated.
 */
final class HostList {

    /** More would be a list of other people's sites, not the shop's own. */
    static final int MAX_HOSTS = 100;

    private static final int MAX_HOST = 253;
    private static final int MAX_LABEL = 63;

    private HostList() {}

    /** The value as it is stored, with its problems added to {@code checks} under {@code value}. */
    static String normalized(String value, RequestChecks checks) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String entry : value.split("[\\s,，、;；]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            String host = entry.toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            Words problem = problem(host);
            if (problem != null) {
                checks.add("value", new Words("「" + entry + "」 " + problem.en(), "「" + entry + "」" + problem.zh()));
                continue;
            }
            hosts.add(host);
        }
        if (hosts.size() > MAX_HOSTS) {
            checks.add(
                    "value",
                    new Words("may list at most " + MAX_HOSTS + " host names", "最多只能填写 " + MAX_HOSTS + " 个域名"));
        }
        return String.join(" ", hosts);
    }

    /** Why {@code host} is no host name a link can be to, or null when it is one. */
    private static Words problem(String host) {
        if (host.contains("://") || host.contains("/")) {
            return new Words(
                    "is a web address: write its host name only, such as shop.example.com",
                    "是网址：只填写域名，例如 shop.example.com");
        }
        if (host.startsWith("*.")) {
            return new Words(
                    "has a wildcard: subdomains are included anyway, write " + host.substring(2),
                    "含通配符：子域名已自动包含，请填写 " + host.substring(2));
        }
        if (host.length() > MAX_HOST || host.indexOf('.') < 0) {
            return new Words(
                    "is no host name: a host name has a dot, such as example.com", "不是域名：域名中应有点，例如 example.com");
        }
        String[] labels = host.split("\\.", -1);
        for (String label : labels) {
            if (!isLabel(label)) {
                return new Words(
                        "is no host name: use letters a–z, digits and hyphens between the dots (an internationalised name in its xn-- form)",
                        "不是域名：点与点之间只能用字母 a–z、数字和连字符（中文域名请填写 xn-- 形式）");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Words("is an IP address, not a host name", "是 IP 地址，不是域名");
        }
        return null;
    }

    private static boolean isLabel(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL || label.startsWith("-") || label.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
