package io.qunflow.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the login page may show before anyone signs in: on the embedded demo, the demo accounts
 * and their (public) password; on every other install, nothing.
 */
@RestController
class SignInOptionsController {

    record DemoAccount(String username, String role) {}

    record SignInOptions(boolean demo, List<DemoAccount> accounts, String password) {}

    private final DemoMode demoMode;

    SignInOptionsController(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @GetMapping("/api/v1/sign-in/options")
    SignInOptions options() {
        if (!demoMode.active()) {
            return new SignInOptions(false, List.of(), null);
        }
        return new SignInOptions(
                true,
                CredentialsBootstrap.DEMO_USERS.stream()
                        .map(user -> new DemoAccount(user, user.toUpperCase()))
                        .toList(),
                CredentialsBootstrap.DEMO_PASSWORD);
    }
}
