package io.qunflow.lottery;

/**
 * A prize of a lottery.
 *
 * @param points points the winner gets, or null for a prize in kind
 * @param pointsCost what the prize costs when redeemed for points, or null when it cannot be
 * @param remaining inventory not yet won or redeemed
 */
public record Prize(String id, String name, int inventory, int remaining, Integer points, Integer pointsCost) {}
