package io.qunflow.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.rules.model.Parameter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The parameter defaults shipped in {@code rules/parameters/<rule set>.json}. */
final class ShippedParameters {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Shipped(String name, ParameterKind kind, String value, Double min, Double max, String description) {

        Parameter fact() {
            return new Parameter(name, value, kind.numeric() ? Double.parseDouble(value) : Double.NaN);
        }
    }

    private ShippedParameters() {}

    /** Every shipped parameter by rule set, in file order. */
    static Map<String, List<Shipped>> all() {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources("classpath*:rules/parameters/*.json");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped parameters", e);
        }
        Map<String, List<Shipped>> byRuleSet = new LinkedHashMap<>();
        for (Resource file : files) {
            String ruleSet = file.getFilename().substring(0, file.getFilename().length() - ".json".length());
            try (var in = file.getInputStream()) {
                byRuleSet.put(ruleSet, JSON.readValue(in, new TypeReference<List<Shipped>>() {}));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read rules/parameters/" + file.getFilename(), e);
            }
        }
        return byRuleSet;
    }
}
