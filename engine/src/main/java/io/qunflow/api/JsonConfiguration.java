package io.qunflow.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    /**
     * Emoji and other characters beyond the BMP go out as UTF-8, not as escaped surrogate pairs. A
     * body with anything after its JSON value (two documents glued together) is refused, not read
     * in half. A fraction where a whole number belongs is refused, not cut to its integer part: a
     * rollback to version 1.5 is not one to version 1 ({@link ProblemHandler} names the field). A
     * field given twice in one object is refused rather than read as its last value: a relay or a
     * signature check that reads the first would act on another body than Qunflow does.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer utf8Surrogates() {
        return builder -> builder.featuresToEnable(
                        JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
