package io.qunflow.lottery;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The draw, as a pure function of its recorded inputs: the seed, the entrants (sorted by id) and
 * the prizes in order. The seed comes from the system's SecureRandom, so nobody can choose it;
 * SHA1PRNG seeded before first use is a deterministic SecureRandom, so anyone holding the seed
 * and the entrant list can replay the draw and check the winners.
 */
public final class LotteryDraw {

    private LotteryDraw() {}

    /** One winner: the prize and the member, in the order drawn. */
    public record Winner(int position, String memberId, String prizeId) {}

    /** A fresh 256-bit seed, hex-encoded. */
    static String newSeed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return HexFormat.of().formatHex(seed);
    }

    /**
     * Shuffles the entrants with a generator seeded from {@code seedHex}, then hands out each
     * prize's units in prize order to the entrants in shuffled order, one prize per member.
     *
     * @param entrants member ids, sorted, without duplicates
     * @param prizes prizes in order, with the units available to the draw
     */
    public static List<Winner> draw(String seedHex, List<String> entrants, List<Prize> prizes) {
        SecureRandom random;
        try {
            random = SecureRandom.getInstance("SHA1PRNG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every Java runtime", e);
        }
        random.setSeed(HexFormat.of().parseHex(seedHex));
        List<String> order = new ArrayList<>(entrants);
        Collections.shuffle(order, random);
        List<Winner> winners = new ArrayList<>();
        int next = 0;
        for (Prize prize : prizes) {
            for (int unit = 0; unit < prize.remaining() && next < order.size(); unit++) {
                winners.add(new Winner(winners.size() + 1, order.get(next++), prize.id()));
            }
        }
        return winners;
    }
}
