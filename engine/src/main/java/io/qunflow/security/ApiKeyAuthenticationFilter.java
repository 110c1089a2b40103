package io.qunflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.api.Problems;
import io.qunflow.common.Words;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates systems by {@code Authorization: Bearer <api key>}; the key's scopes become authorities. */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final LoginThrottle throttle;
    private final ObjectMapper json;

    ApiKeyAuthenticationFilter(ApiKeys keys, LoginThrottle throttle, ObjectMapper json) {
        this.keys = keys;
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiKeyStore.ApiKey> key =
                    keys.authenticate(header.substring(7).trim());
            if (key.isEmpty()) {
                // Counts against the caller's address: a flood of guessed keys is locked out
                // (LoginThrottleFilter) before it costs a database lookup each.
                throttle.failed(null, request.getRemoteAddr());
                Problems.write(
                        response,
                        json,
                        Problems.of(
                                HttpStatus.UNAUTHORIZED,
                                Problems.UNAUTHENTICATED,
                                new Words("The API key is not valid or was revoked", "API 密钥无效或已被吊销")));
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(key.get()));
        }
        chain.doFilter(request, response);
    }

    /** An authenticated system, named by its key's name; never stored in a session. */
    static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

        private final ApiKeyStore.ApiKey key;

        ApiKeyAuthentication(ApiKeyStore.ApiKey key) {
            super(key.scopes().stream()
                    .map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope))
                    .toList());
            this.key = key;
            // The key's id, for what is owned per key (webhooks); names need not be unique.
            setDetails(key.id());
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "key:" + key.name();
        }

        @Override
        public String getName() {
            return "key:" + key.name();
        }
    }
}
