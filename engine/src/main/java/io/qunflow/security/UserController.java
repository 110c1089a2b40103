package io.qunflow.security;

import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import io.qunflow.common.constraints.Items;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** People's accounts, for admins: created, listed, given roles, disabled, their password reset. */
@RestController
class UserController {

    private static final String ROLES = "must name one to five of [DESIGNER, COMPLIANCE, OPERATOR, VIEWER, ADMIN]";
    private static final String ROLES_ZH = "须为 [DESIGNER, COMPLIANCE, OPERATOR, VIEWER, ADMIN] 中的一到五个";

    @RequestSubject(value = "The user", zh = "用户信息")
    record NewUser(
            @Username String username,
            @Password(required = true) String password,

            @Items(min = 1, max = 5, required = true, en = ROLES, zh = ROLES_ZH)
            List<@OneOf(value = Role.class, required = true) String> roles) {}

    @RequestSubject(value = "The change", zh = "修改")
    record UserChange(
            @Items(min = 1, max = 5, en = ROLES, zh = ROLES_ZH)
            List<@OneOf(value = Role.class, required = true) String> roles,

            Boolean enabled,
            @Password String password,
            @Text(max = 500) String comment) {}

    record UserView(String username, List<Role> roles, boolean enabled, OffsetDateTime createdAt) {
        static UserView of(AccountStore.Account account) {
            return new UserView(account.username(), account.roles(), account.enabled(), account.createdAt());
        }
    }

    private final UserAccounts users;

    UserController(UserAccounts users) {
        this.users = users;
    }

    // The OpenAPI document reads the status here; a ResponseEntity's own is seen only at run time.
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/users")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request, Authentication caller) {
        AccountStore.Account account =
                users.create(request.username(), request.password(), roles(request.roles()), caller.getName());
        return ResponseEntity.created(URI.create(
                        "/api/v1/users/" + UriUtils.encodePathSegment(account.username(), StandardCharsets.UTF_8)))
                .body(UserView.of(account));
    }

    @GetMapping("/api/v1/users")
    List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @GetMapping("/api/v1/users/{username}")
    UserView get(@PathVariable String username) {
        return UserView.of(users.get(username));
    }

    @PatchMapping("/api/v1/users/{username}")
    UserView change(@PathVariable String username, @Valid @RequestBody UserChange request, Authentication caller) {
        if (request.roles() == null && request.enabled() == null && request.password() == null) {
            throw new InvalidRequestException(
                    "The change is invalid",
                    "修改有误",
                    List.of(new FieldProblem(
                            "roles", "say what to change: roles, enabled or password", "请说明要改什么：角色、启用状态或密码")));
        }
        return UserView.of(users.update(
                username,
                new UserAccounts.Change(
                        request.roles() == null ? null : roles(request.roles()),
                        request.enabled(),
                        request.password(),
                        request.comment()),
                caller.getName()));
    }

    private static List<Role> roles(List<String> names) {
        return names.stream().map(Role::valueOf).toList();
    }
}
