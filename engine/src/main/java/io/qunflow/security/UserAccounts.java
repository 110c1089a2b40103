package io.qunflow.security;

import io.qunflow.audit.AuditTrail;
import io.qunflow.common.ConflictException;
import io.qunflow.common.NotFoundException;
import io.qunflow.common.Words;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's accounts, kept by admins: created with a password and roles, given other roles,
 * disabled and enabled again, their password reset. Every change is audited (never the password).
 * One enabled admin always remains, so nobody can lock the install out of its own administration.
 */
@Service
class UserAccounts {

    static final String SUBJECT = "USER";

    /** What an admin changes about an account; a null part stays as it is. */
    record Change(List<Role> roles, Boolean enabled, String password, String comment) {}

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    UserAccounts(AccountStore accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    List<AccountStore.Account> list() {
        return accounts.all();
    }

    AccountStore.Account get(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("User", "用户", username));
    }

    /** @throws ConflictException when the username is taken, or reads like a taken one */
    @Transactional
    AccountStore.Account create(String username, String password, List<Role> roles, String actor) {
        // Two admins creating Ops and ops at the same moment take turns, so the second sees the first.
        accounts.lockEnabled();
        if (accounts.userExists(username)) {
            throw new ConflictException("User '" + username + "' already exists", "用户 " + username + " 已存在");
        }
        String read = LookAlikeNames.readAs(username);
        accounts.usernames().stream()
                .filter(taken -> LookAlikeNames.readAs(taken).equals(read))
                .findFirst()
                .ifPresent(taken -> {
                    throw new ConflictException(
                            "User '" + username + "' would read like the existing user '" + taken
                                    + "' in the audit trail and lists; choose another name",
                            "用户名 " + username + " 看起来和已有的用户 " + taken + " 一样，在审计记录和列表里会被混淆，请换一个名称");
                });
        List<Role> distinct = roles.stream().distinct().sorted().toList();
        accounts.createUser(
                username,
                passwords.encode(password),
                distinct.stream().map(Role::name).toList(),
                OffsetDateTime.now(clock));
        audit.record(
                actor,
                SUBJECT,
                username,
                "CREATED",
                new Words("roles " + names(distinct), "角色 " + names(distinct)),
                null);
        return get(username);
    }

    /**
     * Applies a change and audits each part of it.
     *
     * @throws NotFoundException when there is no such account
     * @throws ConflictException when the change would leave no enabled admin
     */
    @Transactional
    AccountStore.Account update(String username, Change change, String actor) {
        List<AccountStore.Account> enabled = accounts.lockEnabled();
        AccountStore.Account before = get(username);
        List<Role> roles = change.roles() == null
                ? before.roles()
                : change.roles().stream().distinct().sorted().toList();
        boolean enable = change.enabled() == null ? before.enabled() : change.enabled();
        if (before.enabled() && before.admin() && !(enable && roles.contains(Role.ADMIN))) {
            boolean anotherAdmin = enabled.stream()
                    .anyMatch(account -> account.admin() && !account.username().equals(username));
            if (!anotherAdmin) {
                throw new ConflictException(
                        "'" + username + "' is the last enabled admin: make another person an"
                                + " admin first, or nobody could manage users and keys any more",
                        username + " 是最后一位启用中的管理员：请先让另一个人成为管理员，否则就没人能管理用户和密钥了");
            }
        }
        if (!roles.equals(before.roles())) {
            accounts.changeRoles(username, roles);
            audit.record(
                    actor,
                    SUBJECT,
                    username,
                    "ROLES_CHANGED",
                    reason(change, new Words("roles changed", "角色已修改")),
                    names(before.roles()) + " → " + names(roles));
        }
        if (enable != before.enabled()) {
            accounts.changeEnabled(username, enable);
            audit.record(
                    actor,
                    SUBJECT,
                    username,
                    enable ? "ENABLED" : "DISABLED",
                    reason(
                            change,
                            enable
                                    ? new Words("account enabled", "账号已启用")
                                    : new Words("account disabled: signed out everywhere", "账号已停用：所有登录已退出")),
                    null);
        }
        if (change.password() != null) {
            accounts.changePassword(username, passwords.encode(change.password()));
            audit.record(
                    actor,
                    SUBJECT,
                    username,
                    "PASSWORD_RESET",
                    reason(change, new Words("password reset: signed out everywhere", "密码已重置：所有登录已退出")),
                    null);
        }
        return get(username);
    }

    /** The admin's reason when they gave one, else what happened in words. */
    private static Words reason(Change change, Words otherwise) {
        return change.comment() == null || change.comment().isBlank() ? otherwise : new Words(change.comment(), null);
    }

    private static String names(List<Role> roles) {
        return String.join(",", roles.stream().map(Role::name).toList());
    }
}
