/**
 * Moderation reviews: every moderation decision that had a connector act becomes an item that
 * compliance staff or operators uphold or overturn. Overturning takes the strike back, is
 * audited, and asks connectors to undo what can be undone. The verdicts give each term, detector
 * and rule its precision, and upheld spam suggests new terms. Fed by {@link
 * io.qunflow.moderation.MessageModerated}; owns its tables alone, and reads the group and member
 * names it shows through the groups' and members' services.
 */
@ApplicationModule(
        allowedDependencies = {"actions", "audit", "common", "events", "groups", "members", "moderation", "rules"})
package io.qunflow.reviews;

import org.springframework.modulith.ApplicationModule;
