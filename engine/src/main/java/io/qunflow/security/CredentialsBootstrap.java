package io.qunflow.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first accounts. The embedded default gets well-known demo accounts and says so
 * loudly; every other setup must bring its own admin password and API key, and refuses to start
 * while the demo credentials are configured or still stored.
 */
@Component
class CredentialsBootstrap {

    private static final Logger log = LoggerFactory.getLogger(CredentialsBootstrap.class);

    static final String DEMO_PASSWORD = "qunflow";
    static final String DEMO_KEY = "qf_dev_key";
    static final List<String> DEMO_USERS = List.of("designer", "compliance", "operator", "viewer", "admin");

    CredentialsBootstrap(
            AccountStore accounts,
            ApiKeys keys,
            PasswordEncoder passwords,
            Environment environment,
            Clock clock,
            DemoMode demoMode,
            @Value("${qunflow.bootstrap.admin-password:}") String adminPassword,
            @Value("${qunflow.bootstrap.api-key:}") String apiKey) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean demo = demoMode.active();
        if (demoMode.wantedElsewhere()) {
            log.warn(
                    "Demo accounts are only created on the embedded H2 database; {} is not one, so Qunflow starts"
                            + " as a production install (QUNFLOW_ADMIN_PASSWORD and QUNFLOW_API_KEY required)",
                    demoMode.database());
        }
        if (demo) {
            if (environment.getActiveProfiles().length > 0) {
                throw new IllegalStateException("Demo credentials are only for the embedded default; profiles "
                        + Arrays.toString(environment.getActiveProfiles()) + " must set qunflow.demo.enabled=false");
            }
            // Hashing is slow on purpose (a tenth of a second, and more while the JVM is still
            // compiling at start): the demo users share one published password, so one hash serves
            // them all and tells nobody anything the banner below does not.
            List<String> missing = DEMO_USERS.stream()
                    .filter(user -> !accounts.userExists(user))
                    .toList();
            if (!missing.isEmpty()) {
                String hash = passwords.encode(DEMO_PASSWORD);
                for (String user : missing) {
                    accounts.createUser(user, hash, List.of(user.toUpperCase()), now);
                }
            }
            keys.createIfAbsent("dev", DEMO_KEY, ApiKeys.SCOPES);
            // An admin may have rotated or revoked the 'dev' key since: the banner then must not
            // send people to a secret that no longer works.
            if (keys.works(DEMO_KEY)) {
                log.warn("""

                        ************************************************************************
                        *  DEMO MODE: users designer, compliance, operator, viewer and admin   *
                        *  all have the password '{}', and API key '{}' has every system      *
                        *  scope. For trying Qunflow only: never expose this server.          *
                        ************************************************************************""", DEMO_PASSWORD, DEMO_KEY);
            } else {
                log.warn("""

                        ************************************************************************
                        *  DEMO MODE: users designer, compliance, operator, viewer and admin   *
                        *  all have the password '{}'. The demo API key 'dev' was rotated or  *
                        *  revoked, so '{}' no longer works: use the secret shown when    *
                        *  it was rotated, or create a key. For trying Qunflow only: never    *
                        *  expose this server.                                                 *
                        ************************************************************************""", DEMO_PASSWORD, DEMO_KEY);
            }
            return;
        }
        if (adminPassword.isEmpty() || apiKey.isBlank()) {
            throw new IllegalStateException(
                    "Set QUNFLOW_ADMIN_PASSWORD and QUNFLOW_API_KEY: without demo mode Qunflow needs its own first"
                            + " admin password and API key");
        }
        if (adminPassword.equals(DEMO_PASSWORD) || apiKey.equals(DEMO_KEY)) {
            throw new IllegalStateException("The demo password and API key may not be used outside demo mode");
        }
        // The rule an admin's password follows in the API: bcrypt refuses one past 72 bytes with a
        // message that names neither the setting nor the rule.
        if (!Password.Check.worthHaving(adminPassword) || apiKey.length() < 24) {
            throw new IllegalStateException("QUNFLOW_ADMIN_PASSWORD needs at least 12 characters, not all spaces,"
                    + " and at most 72 bytes in UTF-8 (about 24 Chinese characters); QUNFLOW_API_KEY at least 24"
                    + " characters");
        }
        if (keys.exists(DEMO_KEY)
                || accounts.passwordHashes().stream().anyMatch(hash -> passwords.matches(DEMO_PASSWORD, hash))) {
            throw new IllegalStateException("This database still holds the demo credentials ('" + DEMO_KEY
                    + "' or password '" + DEMO_PASSWORD + "'); refusing to start outside demo mode");
        }
        if (!accounts.userExists("admin")) {
            accounts.createUser("admin", passwords.encode(adminPassword), List.of("ADMIN"), now);
            log.info("Created user 'admin' from QUNFLOW_ADMIN_PASSWORD");
        }
        // On the first start only: QUNFLOW_API_KEY stays set for every start, and a key an admin
        // rotated or revoked since (after a leak, say) must not come back with every scope.
        if (keys.noneYet()) {
            keys.createIfAbsent("bootstrap", apiKey, ApiKeys.SCOPES);
            log.info("Created the API key given in QUNFLOW_API_KEY with scopes {}", ApiKeys.SCOPES);
        }
    }
}
