package io.qunflow.groups;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * Where a group is in its lifecycle. Phases are declared by the workflows (each "Enter phase" step
 * names one), not by Java: the engine itself knows only the first phase a group opens in and the
 * one a dissolved group ends in.
 *
 * @param name upper-case letters, digits and underscores, starting with a letter, at most 20
 */
public record Phase(String name) {

    // Before the constants below: their construction checks names against it.
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    /** Every group opens in it. */
    public static final Phase LAUNCH = new Phase("LAUNCH");

    /** A dissolved group ends in it and takes no more events. */
    public static final Phase ARCHIVED = new Phase("ARCHIVED");

    public Phase {
        if (!isName(name)) {
            throw new IllegalArgumentException(
                    "A phase name is 1 to 20 upper-case letters, digits or underscores, starting with a letter");
        }
    }

    @JsonCreator
    public static Phase of(String name) {
        return new Phase(name);
    }

    /** Whether the text can name a phase. */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    @JsonValue
    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
