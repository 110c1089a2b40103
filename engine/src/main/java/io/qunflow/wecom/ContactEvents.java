package io.qunflow.wecom;

import io.qunflow.common.NotFoundException;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import org.springframework.stereotype.Component;

/**
 * Applies the {@code change_external_contact} callbacks that matter to members: a customer who
 * deleted the staff member serving them (del_follow_user) or was deleted by them
 * (del_external_contact) can no longer be reached one to one; that is recorded on the member in
 * every customer group they are in, where operators weigh whether to keep them. A deletion WeCom
 * made itself to hand the customer to another staff member ({@code Source} DELETE_BY_TRANSFER) is
 * not such a loss.
 */
@Component
class ContactEvents {

    private final ChatStore chats;
    private final MemberService members;

    ContactEvents(ChatStore chats, MemberService members) {
        this.chats = chats;
        this.members = members;
    }

    void apply(XmlMessage message) {
        String change = message.get("ChangeType");
        String customer = message.get("ExternalUserID");
        String staff = message.get("UserID");
        if (customer == null || !("del_follow_user".equals(change) || "del_external_contact".equals(change))) {
            return;
        }
        if ("DELETE_BY_TRANSFER".equals(message.get("Source"))) {
            // In-service succession (在职继承) moved the customer to another staff member, who serves
            // them from now on: WeCom removes them from the old one with this Source, nothing is lost.
            return;
        }
        String note =
                "del_follow_user".equals(change) ? "客户删除了跟进成员 " + staff + "，无法再一对一联系" : "跟进成员 " + staff + " 删除了该客户";
        for (String chatId : chats.live()) {
            if (inGroup(chatId, customer)) {
                members.recordOutside(chatId, customer, "CONTACT_" + change.toUpperCase(), "wecom", note);
            }
        }
    }

    private boolean inGroup(String chatId, String memberId) {
        try {
            Member member = members.get(chatId, memberId);
            return member.inGroup();
        } catch (NotFoundException notThere) {
            return false;
        }
    }
}
