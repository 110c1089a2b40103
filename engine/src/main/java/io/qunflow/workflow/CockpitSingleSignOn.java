package io.qunflow.workflow;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CockpitSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitAuthenticationFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(
                "authentication-provider",
                CockpitAuthenticationProvider.class.getName(),
                "rest-url-pattern-prefix",
                ""));
        // After Spring Security, which has already decided who the user is.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/camunda/*");
        return registration;
    }
}
