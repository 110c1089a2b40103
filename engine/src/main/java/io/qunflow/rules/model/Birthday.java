package io.qunflow.rules.model;

import java.time.LocalDate;

/**
 * A member whose birthday is today in the group's time zone; present only on that day.
 *
 * @param date today's date
 */
public record Birthday(String groupId, String memberId, String nickname, String role, LocalDate date) {}
