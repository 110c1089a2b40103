package io.qunflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every signed-in session to the account as it is now, on every request: a session whose
 * account was disabled, removed or had its password reset ends (the request goes on unsigned, so
 * the API answers 401 and pages go to the login); a session whose roles changed carries the new
 * roles from its next request. One lookup by primary key per session request: sessions are the
 * UI's, and the event hot path uses API keys.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    private final AccountStore accounts;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountSessionFilter(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && signedIn != null && signedIn.getPrincipal() instanceof SignedInAccount person) {
            Optional<AccountStore.Account> account = accounts.find(person.getUsername());
            if (account.isEmpty()
                    || !account.get().enabled()
                    || account.get().credentialsVersion() != person.credentialsVersion()) {
                SecurityContextHolder.clearContext();
                end(session);
            } else {
                List<SimpleGrantedAuthority> now = account.get().roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList();
                if (!names(now).equals(names(signedIn.getAuthorities()))) {
                    UsernamePasswordAuthenticationToken refreshed =
                            UsernamePasswordAuthenticationToken.authenticated(person, null, now);
                    refreshed.setDetails(signedIn.getDetails());
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(refreshed);
                    SecurityContextHolder.setContext(context);
                    sessions.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Ends the session. A page sends several requests at once (a view's script, its stylesheet, its
     * data), and each finds the account disabled: the first to get here ends the session, and the
     * others must go on unsigned like it, not fail with a 500 (a failed stylesheet left the page
     * where it was instead of going to the login).
     */
    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException endedByAnotherRequest) {
            // Already ended: what this request wanted.
        }
    }

    private static Set<String> names(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
