package io.qunflow.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What an edit changed, one line per field ("capacity: 500 → 300"), for the audit trail. */
final class GroupChanges {

    private GroupChanges() {}

    private record Field(String name, Function<Group, Object> value) {}

    private static final List<Field> FIELDS = List.of(
            new Field("name", Group::name),
            new Field("intro", Group::intro),
            new Field("type", Group::type),
            new Field("capacity", Group::capacity),
            new Field("tags", Group::tags),
            new Field("welcomeMessage", Group::welcomeMessage),
            new Field("groupRules", Group::groupRules),
            new Field("timeZone", Group::timeZone));

    /** The changed fields with their old and new values; empty when nothing changed. */
    static String between(Group before, Group after) {
        List<String> lines = new ArrayList<>();
        for (Field field : FIELDS) {
            Object was = field.value().apply(before);
            Object is = field.value().apply(after);
            if (!Objects.equals(was, is)) {
                lines.add(field.name() + ": " + was + " → " + is);
            }
        }
        return String.join("\n", lines);
    }
}
