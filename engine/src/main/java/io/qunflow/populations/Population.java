package io.qunflow.populations;

import java.util.Set;

/**
 * Whom a population run inserts as facts: nobody but the group ({@code GROUP}), every member in the
 * group ({@code MEMBERS}), or the members of one layer ({@code LAYER} with the layer's name).
 */
public record Population(Kind kind, String layer) {

    public enum Kind {
        GROUP,
        MEMBERS,
        LAYER
    }

    /** The layers layering assigns. */
    public static final Set<String> LAYERS = Set.of("core", "active", "silent", "churned");

    public Population {
        if (kind == Kind.LAYER && !LAYERS.contains(layer)) {
            throw new IllegalArgumentException("A layer population names one of " + LAYERS + ", not '" + layer + "'");
        }
    }
}
