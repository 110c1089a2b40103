/**
 * Metrics for operators: per post reach, clicks and attributed orders (到达/点击/付费), and per
 * group daily series with the seeds' three levels — source, process, result (来源/进程/结果).
 * Everything is computed from stored state by the events' own times, so the same events give
 * the same figures however late they arrived.
 */
@ApplicationModule(
        allowedDependencies = {"common", "events", "groups", "members", "moderation", "rewards", "rules", "sop"})
package io.qunflow.metrics;

import org.springframework.modulith.ApplicationModule;
