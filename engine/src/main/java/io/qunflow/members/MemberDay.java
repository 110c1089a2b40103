package io.qunflow.members;

import java.time.LocalDate;

/** What one member did on one day in the group's time zone, as counted from the events' own times. */
public record MemberDay(String memberId, LocalDate day, int messages, int orders, long orderCents) {}
