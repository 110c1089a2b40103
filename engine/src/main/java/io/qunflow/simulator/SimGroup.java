package io.qunflow.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

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

    private static final String[] CHANNELS = {"poster", "store-qr", "live", "referral"};
    private static final double SHARED_MEMBER_CHANCE = 0.08;
    private static final double INITIAL_SHARE = 0.6;

    /**
     * Draws the group's members: each with a persona and the channel they came by, most there from
     * the first day and the rest joining on a later one; a few are members of the group drawn
     * before (people join more than one group of a brand).
     *
     * @param ownId the id of the n-th member (1-based) when they are not one shared with another group
     */
    void drawMembers(int count, int days, List<String> previous, IntFunction<String> ownId) {
        Set<String> ids = new HashSet<>();
        for (int n = 1; n <= count; n++) {
            String id = !previous.isEmpty() && random.nextDouble() < SHARED_MEMBER_CHANCE
                    ? previous.get(random.nextInt(previous.size()))
                    : ownId.apply(n);
            if (!ids.add(id)) {
                id = ownId.apply(n);
                ids.add(id);
            }
            int joinDay = random.nextDouble() < INITIAL_SHARE || days == 1 ? 0 : 1 + random.nextInt(days - 1);
            members.add(new SimMember(
                    id, Persona.draw(random.nextDouble()), CHANNELS[random.nextInt(CHANNELS.length)], joinDay));
        }
    }

    int inGroup() {
        return (int) members.stream().filter(m -> m.in).count();
    }
}
