package io.qunflow.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.groups.GroupType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo community as {@code workflows/demo-community.json} describes it: how many days and
 * members, the seed, and each group's id, name, positioning, type, SOP template and tags.
 */
record DemoCommunityPlan(int days, int membersPerGroup, long seed, List<Group> groups) {

    record Group(String id, String name, String intro, GroupType type, String template, List<String> tags) {}

    static final String RESOURCE = "/workflows/demo-community.json";

    static DemoCommunityPlan read(ObjectMapper json) {
        try (InputStream in = DemoCommunityPlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return json.readerFor(DemoCommunityPlan.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
