package io.qunflow.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is calling, with which roles (people) or scopes (API keys): the UI builds its menu from it. */
@RestController
class MeController {

    record Me(String username, List<String> roles, List<String> scopes) {}

    @GetMapping("/api/v1/me")
    Me me(Authentication authentication) {
        List<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return new Me(
                authentication.getName(),
                authorities.stream()
                        .filter(a -> a.startsWith("ROLE_"))
                        .map(a -> a.substring(5))
                        .sorted()
                        .toList(),
                authorities.stream()
                        .filter(a -> a.startsWith("SCOPE_"))
                        .map(a -> a.substring(6))
                        .sorted()
                        .toList());
    }
}
