package io.qunflow.rules.model;

import java.time.LocalDate;

/** A holiday from the configured calendar (春节, 元宵, 中秋, 618, 双11…) that is today in the group's time zone. */
public record Holiday(String groupId, String name, LocalDate date) {}
