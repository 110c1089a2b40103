package io.qunflow.wecom;

import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberKey;
import io.qunflow.members.MemberService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Puts on the WeCom pages' items the names an operator knows groups, members and staff by, beside
 * the chat ids and user ids WeCom uses. The groups and members modules own those tables, so the
 * names come through their services: one query to each for a whole list, however long. Staff
 * names come from WeCom, kept a day ({@link StaffNames}).
 */
@Component
class WeComNames {

    private final GroupService groups;
    private final MemberService members;
    private final StaffNames staff;

    WeComNames(GroupService groups, MemberService members, StaffNames staff) {
        this.groups = groups;
        this.members = members;
        this.staff = staff;
    }

    List<OwnerTask> tasks(List<OwnerTask> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        Map<String, String> groupNames =
                groups.names(tasks.stream().map(OwnerTask::groupId).collect(Collectors.toSet()));
        Set<MemberKey> keys = tasks.stream()
                .filter(task -> task.memberId() != null)
                .map(WeComNames::memberOf)
                .collect(Collectors.toSet());
        Map<MemberKey, String> nicknames = keys.isEmpty() ? Map.of() : members.nicknames(keys);
        Map<String, String> ownerNames = staff.of(tasks.stream()
                .map(OwnerTask::ownerUserId)
                .filter(owner -> owner != null)
                .collect(Collectors.toSet()));
        return tasks.stream()
                .map(task -> task.named(
                        groupNames.get(task.groupId()),
                        task.memberId() == null ? null : nicknames.get(memberOf(task)),
                        task.ownerUserId() == null ? null : ownerNames.get(task.ownerUserId())))
                .toList();
    }

    OwnerTask task(OwnerTask task) {
        return tasks(List.of(task)).get(0);
    }

    List<DeliveryStore.Delivery> deadLetters(List<DeliveryStore.Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<String, String> groupNames = groups.names(
                deliveries.stream().map(DeliveryStore.Delivery::groupId).collect(Collectors.toSet()));
        return deliveries.stream()
                .map(delivery -> delivery.named(groupNames.get(delivery.groupId())))
                .toList();
    }

    List<WelcomeTemplates.LostAdd> lostAdds(List<WelcomeTemplates.LostAdd> adds) {
        if (adds.isEmpty()) {
            return adds;
        }
        Map<String, String> groupNames = groups.names(
                adds.stream().map(WelcomeTemplates.LostAdd::groupId).collect(Collectors.toSet()));
        return adds.stream()
                .map(add -> add.named(groupNames.get(add.groupId())))
                .toList();
    }

    List<LiveCode> codes(List<LiveCode> codes) {
        if (codes.isEmpty()) {
            return codes;
        }
        Map<String, String> groupNames = groups.names(codes.stream()
                .flatMap(code -> Stream.concat(code.chatIds().stream(), code.activeChatIds().stream()))
                .collect(Collectors.toSet()));
        return codes.stream().map(code -> code.named(namesOf(code, groupNames))).toList();
    }

    LiveCode code(LiveCode code) {
        return codes(List.of(code)).get(0);
    }

    /** The names of one code's groups, out of those of every code listed. */
    private static Map<String, String> namesOf(LiveCode code, Map<String, String> groupNames) {
        Map<String, String> names = new LinkedHashMap<>();
        Stream.concat(code.chatIds().stream(), code.activeChatIds().stream())
                .filter(groupNames::containsKey)
                .forEach(chatId -> names.put(chatId, groupNames.get(chatId)));
        return names;
    }

    private static MemberKey memberOf(OwnerTask task) {
        return new MemberKey(task.groupId(), task.memberId());
    }
}
