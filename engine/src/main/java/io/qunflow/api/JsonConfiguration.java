package io.qunflow.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    /**
     * Emoji and other characters beyond the BMP go out as UTF-8, not as escaped surrogate pairs. A
     * body with anything after its JSON value (two documents glued together) is refused, not read
     * in half.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer utf8Surrogates() {
        return builder -> builder.featuresToEnable(
                JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
