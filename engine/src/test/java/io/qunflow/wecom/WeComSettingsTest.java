package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The connector's settings fail the start when owners' notices could never be sent. */
class WeComSettingsTest {

    @Test
    void anAgentIdThatIsNotANumber_failsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("qunflow.wecom.enabled", "true", "qunflow.wecom.agent-id", "abc")))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("qunflow.wecom.agent-id");
    }

    @Test
    void aConnectorThatIsOnWithoutAnAgentId_failsTheStartSayingWhy() {
        assertThatThrownBy(() -> bind(Map.of("qunflow.wecom.enabled", "true")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("qunflow.wecom.agent-id is required")
                .hasMessageContaining("AgentId");
    }

    @Test
    void aNumericAgentIdIsSentAsANumber_andAConnectorThatIsOffNeedsNone() {
        assertThat(bind(Map.of("qunflow.wecom.enabled", "true", "qunflow.wecom.agent-id", "1000002"))
                        .agentId())
                .isEqualTo(1000002L);
        assertThat(bind(Map.of("qunflow.wecom.enabled", "false")).agentId()).isNull();
    }

    private static WeComSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("qunflow.wecom", WeComSettings.class);
    }
}
