package io.qunflow.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    /** Body sizes are checked before anything else runs, the security filters included. */
    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(
            @Value("${qunflow.http.max-body-size:1MB}") DataSize limit,
            @Value("${qunflow.http.large-body-size:8MB}") DataSize largeLimit,
            @Value("${qunflow.http.large-body-paths:}") List<String> largePaths,
            ObjectMapper json) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
                new BodySizeLimit(limit.toBytes(), largeLimit.toBytes(), largePaths, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat's own refusals (before the servlet) as problem+json, see {@link ProblemErrorReportValve}. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
