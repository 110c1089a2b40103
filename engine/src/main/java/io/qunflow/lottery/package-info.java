/**
 * Lotteries (群抽奖): prizes with inventory, entrants chosen by the {@code lottery} rule set, a
 * draw that can be replayed from its recorded seed and entrant list, and points redemption.
 */
package io.qunflow.lottery;
