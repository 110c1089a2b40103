package io.qunflow.reviews;

import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberKey;
import io.qunflow.members.MemberService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Puts on review items the names a person knows the group and the member by. The groups and
 * members modules own those tables, so the names come through their services: one query to each
 * for a whole page of items, however many items it holds.
 */
@Component
class ReviewNames {

    private final GroupService groups;
    private final MemberService members;

    ReviewNames(GroupService groups, MemberService members) {
        this.groups = groups;
        this.members = members;
    }

    List<ReviewItem> named(List<ReviewItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<String, String> groupNames =
                groups.names(items.stream().map(ReviewItem::groupId).collect(Collectors.toSet()));
        Set<MemberKey> keys = items.stream().map(ReviewNames::memberOf).collect(Collectors.toSet());
        Map<MemberKey, String> nicknames = members.nicknames(keys);
        return items.stream()
                .map(item -> item.named(groupNames.get(item.groupId()), nicknames.get(memberOf(item))))
                .toList();
    }

    ReviewItem named(ReviewItem item) {
        return named(List.of(item)).get(0);
    }

    private static MemberKey memberOf(ReviewItem item) {
        return new MemberKey(item.groupId(), item.memberId());
    }
}
