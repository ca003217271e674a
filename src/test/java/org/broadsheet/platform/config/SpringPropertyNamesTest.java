package org.broadsheet.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Spring Boot setting in application.yml is one this Spring Boot still reads. A renamed property is not an
 * error at start: it is silently ignored (Boot 4 moved spring.dao.exceptiontranslation.* and server.error.*), so
 * the names are checked against the configuration metadata that Spring Boot's jars carry.
 */
class SpringPropertyNamesTest {

    @Test
    void everySpringBootSettingInApplicationYmlIsKnownAndNotRetired() throws IOException {
        Set<String> known = new HashSet<>();
        Set<String> retired = new HashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asString();
                    known.add(name);
                    if ("error".equals(property.path("deprecation").path("level").asString(""))) {
                        retired.add(name);
                    }
                }
            }
        }
        assertThat(known).as("Spring Boot's configuration metadata is on the test classpath").contains("server.port");

        Map<String, Object> settings;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.yml")) {
            settings = new Yaml().load(in);
        }
        List<String> names = new ArrayList<>();
        flatten("", settings, names);
        List<String> unknown = names.stream()
                .filter(name -> !name.startsWith("broadsheet."))
                .filter(name -> retired.contains(name) || !known.contains(name) && known.stream().noneMatch(map -> name.startsWith(map + ".")))
                .toList();
        assertThat(unknown).as("settings Spring Boot does not read (renamed or misspelt)").isEmpty();
        assertThat(names).contains("spring.persistence.exceptiontranslation.enabled", "server.port");
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> settings, List<String> names) {
        settings.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(name, (Map<String, Object>) nested, names);
            } else {
                names.add(name);
            }
        });
    }
}
