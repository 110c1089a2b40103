package io.qunflow.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** A group as the simulation plays it, with its own random stream so groups do not disturb each other. */
final class SimGroup {

    /** A member as the simulation plays them. */
    static final class SimMember {
        final String id;
        final Persona persona;
        final String channel;
        final int joinDay;
        boolean in;
        boolean removing;
        boolean gone;

        SimMember(String id, Persona persona, String channel, int joinDay) {
            this.id = id;
            this.persona = persona;
            this.channel = channel;
            this.joinDay = joinDay;
        }
    }

    final String id;
    final String template;
    final Random random;
    final List<SimMember> members = new ArrayList<>();
    final Set<String> seenPosts = new HashSet<>();

    SimGroup(String id, String template, Random random) {
        this.id = id;
        this.template = template;
        this.random = random;
    }

    int inGroup() {
        return (int) members.stream().filter(m -> m.in).count();
    }
}
