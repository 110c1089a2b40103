package io.qunflow.webhooks;

import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.Words;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may send: absolute http(s) URLs whose host resolves only to public addresses
 * ({@link TargetAddresses}), or to targets an admin allowed for on-premises receivers
 * ({@code qunflow.webhooks.allowed-targets}: host names, addresses or CIDR ranges). Checked when a
 * webhook is registered and again on every connection, on the very addresses the connection uses,
 * because a name can resolve differently later.
 */
@Component
class WebhookTargets {

    private final HostResolver resolver;
    private final List<String> allowedHosts;
    private final List<IpAddressMatcher> allowedRanges;

    @Autowired
    WebhookTargets(ObjectProvider<HostResolver> resolver, WebhookSettings settings) {
        this(resolver.getIfAvailable(() -> HostResolver.SYSTEM), settings.allowedTargets());
    }

    WebhookTargets(HostResolver resolver, List<String> allowedTargets) {
        this.resolver = resolver;
        this.allowedHosts = allowedTargets.stream()
                .filter(entry -> !isAddressOrRange(entry))
                .map(entry -> entry.toLowerCase(Locale.ROOT))
                .toList();
        this.allowedRanges = allowedTargets.stream()
                .filter(WebhookTargets::isAddressOrRange)
                .map(IpAddressMatcher::new)
                .toList();
    }

    /**
     * The URL a webhook is registered with, once it is known to lead only to allowed addresses.
     *
     * @throws InvalidRequestException naming {@code url} and why, in words
     */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused("is not a URL", "不是网址");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("must be an absolute http:// or https:// URL", "须为以 http:// 或 https:// 开头的完整网址");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("may not carry a user name or password before the host", "主机名前不能带用户名或密码");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw refused("must name a host", "须写明主机名");
        }
        if (isAmbiguousNumericHost(host)) {
            throw refused(
                    "writes its address in a form other than a.b.c.d; write the address plainly",
                    "地址不是 a.b.c.d 的写法；请直接写出地址");
        }
        try {
            resolveAllowed(host);
        } catch (UnreachableHost e) {
            throw refused(e.getMessage(), e.messageZh);
        }
        return uri;
    }

    /**
     * The addresses a connection to {@code host} may use: all of them allowed, or none at all (the
     * connection is refused rather than sent to the allowed part of a mixed answer).
     */
    InetAddress[] resolveAllowed(String host) throws UnreachableHost {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(IDN.toASCII(name));
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new UnreachableHost("its host '" + host + "' cannot be found", "找不到主机 " + host + "，请检查网址中的主机名");
        }
        if (addresses.length == 0) {
            throw new UnreachableHost("its host '" + host + "' has no address", "主机 " + host + " 没有地址");
        }
        boolean hostAllowed = allowedHosts.contains(name.toLowerCase(Locale.ROOT));
        for (InetAddress address : addresses) {
            if (!hostAllowed && !isAllowed(address)) {
                throw new UnreachableHost(
                        "its host '" + host + "' leads to the internal address "
                                + address.getHostAddress()
                                + "; webhooks reach public addresses only, unless an admin lists the target"
                                + " in qunflow.webhooks.allowed-targets",
                        "主机 " + host + " 指向内部地址 " + address.getHostAddress()
                                + "；Webhook 只能发往公网地址，除非管理员把该目标加入 qunflow.webhooks.allowed-targets");
            }
        }
        return addresses;
    }

    /**
     * A host a webhook may not reach, said in both languages: an {@link UnknownHostException} so the
     * HTTP client's resolver refuses the connection with it, and a registration refusal says it to
     * the person in Chinese too.
     */
    static final class UnreachableHost extends UnknownHostException {

        final String messageZh;

        UnreachableHost(String message, String messageZh) {
            super(message);
            this.messageZh = messageZh;
        }
    }

    private boolean isAllowed(InetAddress address) {
        return TargetAddresses.isPublic(address)
                || allowedRanges.stream().anyMatch(range -> range.matches(address.getHostAddress()));
    }

    /**
     * A host of digits, dots and hex letters that is not a plain dotted quad ({@code 2130706433},
     * {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}): resolvers disagree on what these mean (the
     * JDK reads {@code 0177} as decimal, the C library as octal), so none of them is accepted.
     */
    static boolean isAmbiguousNumericHost(String host) {
        if (host.contains(":")) {
            return false; // an IPv6 literal, which the URI parser has already read strictly
        }
        boolean hexAlphabet =
                host.chars().allMatch(c -> c == '.' || c == 'x' || c == 'X' || Character.digit(c, 16) >= 0);
        boolean numeric = host.chars().anyMatch(Character::isDigit)
                && (host.chars().allMatch(c -> c == '.' || Character.isDigit(c))
                        || host.toLowerCase(Locale.ROOT).contains("0x"));
        return hexAlphabet && numeric && !isDottedQuad(host);
    }

    private static boolean isDottedQuad(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()
                    || part.length() > 3
                    || !part.chars().allMatch(Character::isDigit)
                    || (part.length() > 1 && part.charAt(0) == '0')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAddressOrRange(String entry) {
        String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
        return address.contains(":") || isDottedQuad(address);
    }

    private static InvalidRequestException refused(String why, String whyZh) {
        return new InvalidRequestException(
                "url", new Words("The webhook address", "Webhook 地址"), new Words(why, whyZh));
    }
}
