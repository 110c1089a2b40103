package io.qunflow.sop;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The shipped industry SOP templates ({@code workflows/sop-templates/*.json}), read once, by file name. */
@Component
class SopTemplates {

    private final Map<String, SopTemplate> templates;

    SopTemplates(ObjectMapper json) {
        this.templates = load(json);
    }

    List<SopTemplate> all() {
        return List.copyOf(templates.values());
    }

    Optional<SopTemplate> named(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    private static Map<String, SopTemplate> load(ObjectMapper json) {
        Map<String, SopTemplate> loaded = new LinkedHashMap<>();
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:workflows/sop-templates/*.json");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                String name = file.getFilename().substring(0, file.getFilename().length() - ".json".length());
                try (var in = file.getInputStream()) {
                    SopTemplate t = json.readValue(in, SopTemplate.class);
                    loaded.put(name, new SopTemplate(name, t.title(), t.description(), t.entries()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the SOP templates", e);
        }
        return loaded;
    }
}
