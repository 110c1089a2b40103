/**
 * Lotteries (群抽奖): prizes with inventory, entrants chosen by the {@code lottery} rule set, a
 * draw that can be replayed from its recorded seed and entrant list, and points redemption.
 */
@ApplicationModule(
        allowedDependencies = {"actions", "common", "groups", "members", "rewards", "rules", "rules :: model"})
package io.qunflow.lottery;

import org.springframework.modulith.ApplicationModule;
