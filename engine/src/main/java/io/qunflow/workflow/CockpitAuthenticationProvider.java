package io.qunflow.workflow;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets a Qunflow ADMIN into Cockpit with their Qunflow login: Spring Security has already
 * authenticated and authorised the request, Camunda only learns who it is.
 */
public class CockpitAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    private static final String ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return AuthenticationResult.unsuccessful();
        }
        String userId = authentication.getName();
        IdentityService identities = engine.getIdentityService();
        // Camunda only admits users its identity service knows; Qunflow's admins get a shadow entry
        // with an unusable random password (they never log in to Camunda directly).
        if (identities.createUserQuery().userId(userId).count() == 0) {
            User user = identities.newUser(userId);
            user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
            identities.saveUser(user);
        }
        // Cockpit sends everyone to its first-run setup page until some user is in camunda-admin.
        if (identities.createGroupQuery().groupId(ADMIN_GROUP).count() == 0) {
            Group group = identities.newGroup(ADMIN_GROUP);
            group.setName("Camunda administrators");
            group.setType("SYSTEM");
            identities.saveGroup(group);
        }
        if (identities
                        .createUserQuery()
                        .userId(userId)
                        .memberOfGroup(ADMIN_GROUP)
                        .count()
                == 0) {
            identities.createMembership(userId, ADMIN_GROUP);
        }
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(List.of(ADMIN_GROUP));
        return result;
    }
}
