package io.qunflow.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background duties (picking up configuration changed on other nodes) run on Spring's scheduler. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
