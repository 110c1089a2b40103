package io.qunflow.wecom;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A group live code (群活码): one WeCom「加入群聊」QR code per channel, whose joiners carry its
 * {@code state} into the source metrics.
 *
 * @param chatIds the groups the code may send joiners to, in order
 * @param activeChatIds the (at most five) groups WeCom sends them to now: the first not near capacity
 * @param groupNames the names of those groups, by chat id, for people; a group Qunflow has no name
 *     for (one WeCom opened that nobody joined yet) is left out, and a client shows its id
 * @param autoCreateRoom whether WeCom opens a new group when the last one is full
 */
record LiveCode(
        String configId,
        String remark,
        String state,
        List<String> chatIds,
        List<String> activeChatIds,
        Map<String, String> groupNames,
        boolean autoCreateRoom,
        String roomBaseName,
        Integer roomBaseId,
        String qrCode,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime rotatedAt) {

    /** A code as it is stored and sent to WeCom: the groups' names are read only to show it to people. */
    LiveCode(
            String configId,
            String remark,
            String state,
            List<String> chatIds,
            List<String> activeChatIds,
            boolean autoCreateRoom,
            String roomBaseName,
            Integer roomBaseId,
            String qrCode,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            OffsetDateTime rotatedAt) {
        this(
                configId,
                remark,
                state,
                chatIds,
                activeChatIds,
                Map.of(),
                autoCreateRoom,
                roomBaseName,
                roomBaseId,
                qrCode,
                createdAt,
                updatedAt,
                rotatedAt);
    }

    /** The same code with the names of its groups. */
    LiveCode named(Map<String, String> groupNames) {
        return new LiveCode(
                configId,
                remark,
                state,
                chatIds,
                activeChatIds,
                groupNames,
                autoCreateRoom,
                roomBaseName,
                roomBaseId,
                qrCode,
                createdAt,
                updatedAt,
                rotatedAt);
    }

    /** What WeCom is told for this code: scene 2 (a QR code), its groups, its channel. */
    Map<String, Object> joinWay() {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("scene", 2);
        if (remark != null) {
            body.put("remark", remark);
        }
        body.put("auto_create_room", autoCreateRoom ? 1 : 0);
        if (autoCreateRoom && roomBaseName != null) {
            body.put("room_base_name", roomBaseName);
        }
        if (autoCreateRoom && roomBaseId != null) {
            body.put("room_base_id", roomBaseId);
        }
        body.put("chat_id_list", activeChatIds);
        body.put("state", state);
        return body;
    }
}
