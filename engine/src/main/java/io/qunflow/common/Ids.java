package io.qunflow.common;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/** Time-ordered identifiers (UUIDv7), so ids sort roughly by creation and index well. */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {}

    /** A new id with the given short prefix, e.g. {@code act_0190...}. */
    public static String next(String prefix) {
        return prefix + "_" + GENERATOR.generate().toString().replace("-", "");
    }
}
