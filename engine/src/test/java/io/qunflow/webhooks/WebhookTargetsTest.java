package io.qunflow.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    /** A resolver that knows a few names, as DNS would answer them. */
    static HostResolver dns(Map<String, String> answers) {
        return host -> {
            String answer = answers.get(host);
            if (answer != null) {
                return new InetAddress[] {InetAddress.getByName(answer)};
            }
            // Literals resolve to themselves, as the system resolver does.
            if (host.chars().allMatch(c -> Character.isDigit(c) || c == '.') || host.contains(":")) {
                return InetAddress.getAllByName(host);
            }
            if (host.equals("localhost")) {
                return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            }
            throw new UnknownHostException(host);
        };
    }

    private final WebhookTargets targets = new WebhookTargets(
            dns(Map.of(
                    "hooks.example.com", "93.184.216.34",
                    "internal.example.com", "10.1.2.3",
                    "metadata.example.com", "169.254.169.254",
                    "v6.example.com", "fd00::1")),
            List.of());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost/hook",
                "http://LOCALHOST:8080/hook",
                "http://127.0.0.1/hook",
                "http://127.0.0.1./hook",
                "http://127.1/hook",
                "http://2130706433/hook",
                "http://0x7f000001/hook",
                "http://0x7f.1/hook",
                "http://0177.0.0.1/hook",
                "http://017700000001/hook",
                "http://0/hook",
                "http://0.0.0.0:8080/hook",
                "http://10.0.0.1/hook",
                "http://172.16.3.4/hook",
                "http://192.168.0.10/hook",
                "http://100.64.1.1/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://224.0.0.1/hook",
                "http://255.255.255.255/hook",
                "http://[::1]/hook",
                "http://[0:0:0:0:0:0:0:1]/hook",
                "http://[::]/hook",
                "http://[::ffff:127.0.0.1]/hook",
                "http://[::ffff:7f00:1]/hook",
                "http://[::127.0.0.1]/hook",
                "http://[64:ff9b::a9fe:a9fe]/hook",
                "http://[2002:a9fe:a9fe::1]/hook",
                "http://[fc00::1]/hook",
                "http://[fd00:ec2::254]/hook",
                "http://[fe80::1]/hook",
                "http://[ff02::1]/hook",
                "http://internal.example.com/hook",
                "http://metadata.example.com/hook",
                "http://v6.example.com/hook",
                "http://hooks.example.com@127.0.0.1/hook",
                "http://user:secret@hooks.example.com/hook",
                "file:///etc/passwd",
                "gopher://hooks.example.com/_GET",
                "ftp://hooks.example.com/hook",
                "jar:http://hooks.example.com/x.jar!/",
                "//hooks.example.com/hook",
                "http:///hook",
                "http://unknown.example.com/hook"
            })
    void check_refusesInternalTargetsInEveryForm_sayingWhyInBothLanguages(String url) {
        assertThatThrownBy(() -> targets.check(url))
                .as(url)
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> {
                    FieldProblem problem =
                            ((InvalidRequestException) e).problems().get(0);
                    assertThat(problem.field()).isEqualTo("url");
                    assertThat(problem.messageZh()).as(url).isNotBlank();
                });
    }

    @Test
    void check_saysInChineseWhichHostCannotBeFoundOrLeadsInside() {
        assertThatThrownBy(() -> targets.check("http://unknown.example.com/hook"))
                .satisfies(e -> assertThat(((InvalidRequestException) e).problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.message()).isEqualTo("its host 'unknown.example.com' cannot be found");
                            assertThat(p.messageZh()).isEqualTo("找不到主机 unknown.example.com，请检查网址中的主机名");
                        }));
        assertThatThrownBy(() -> targets.check("http://internal.example.com/hook"))
                .satisfies(e -> assertThat(
                                ((InvalidRequestException) e).problems().get(0).messageZh())
                        .startsWith("主机 internal.example.com 指向内部地址 10.1.2.3"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://hooks.example.com/qunflow", "http://93.184.216.34:8443/x", "https://[2606:4700::1111]/x"
            })
    void check_acceptsPublicTargets(String url) {
        assertThat(targets.check(url).toString()).isEqualTo(url);
    }

    @Test
    void resolveAllowed_refusesANameThatNowLeadsInside_evenIfItWasPublicWhenRegistered() throws Exception {
        Map<String, String> answers =
                new java.util.concurrent.ConcurrentHashMap<>(Map.of("rebind.example.com", "93.184.216.34"));
        WebhookTargets rebinding = new WebhookTargets(dns(answers), List.of());
        rebinding.check("https://rebind.example.com/hook");

        answers.put("rebind.example.com", "127.0.0.1");

        assertThatThrownBy(() -> rebinding.resolveAllowed("rebind.example.com"))
                .isInstanceOf(UnknownHostException.class)
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void allowedTargets_openOnlyWhatTheAdminListed() throws Exception {
        WebhookTargets onPremises = new WebhookTargets(
                dns(Map.of("hooks.corp.example", "10.9.8.7", "other.corp.example", "10.9.8.8")),
                List.of("hooks.corp.example", "192.168.50.0/24", "fd00::5"));

        assertThat(onPremises.check("http://hooks.corp.example/hook")).isNotNull();
        assertThat(onPremises.check("http://192.168.50.20:8080/hook")).isNotNull();
        assertThat(onPremises.check("http://[fd00::5]/hook")).isNotNull();
        assertThatThrownBy(() -> onPremises.check("http://other.corp.example/hook"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> onPremises.check("http://192.168.51.1/hook"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> onPremises.check("http://127.0.0.1/hook")).isInstanceOf(InvalidRequestException.class);
    }
}
