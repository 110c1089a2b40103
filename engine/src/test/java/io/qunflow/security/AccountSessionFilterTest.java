package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class AccountSessionFilterTest {

    private final AccountStore accounts = mock(AccountStore.class);
    private final AccountSessionFilter filter = new AccountSessionFilter(accounts);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRequestWhoseSessionAnotherRequestEndedFirst_goesOnUnsigned_insteadOfFailing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = signedInRequest(session, "/assets/fit.css");
        // The account is found disabled, and meanwhile a request of the same page ended the session.
        when(accounts.find("leaver")).thenAnswer(call -> {
            session.invalidate();
            return Optional.of(
                    new AccountStore.Account("leaver", List.of(Role.OPERATOR), false, 1, OffsetDateTime.now()));
        });
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(((HttpServletRequest) chain.getRequest()).getSession(false)).isNull();
    }

    @Test
    void aRequestOfADisabledAccount_endsItsSession_andGoesOnUnsigned() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = signedInRequest(session, "/api/v1/groups");
        when(accounts.find("leaver"))
                .thenReturn(Optional.of(
                        new AccountStore.Account("leaver", List.of(Role.OPERATOR), false, 1, OffsetDateTime.now())));
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    /** A request of the session of "leaver", an operator, signed in as the session filter finds one. */
    private static MockHttpServletRequest signedInRequest(MockHttpSession session, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(session);
        List<SimpleGrantedAuthority> roles = List.of(new SimpleGrantedAuthority("ROLE_OPERATOR"));
        SignedInAccount person = new SignedInAccount("leaver", "", true, roles, 1);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, roles));
        return request;
    }
}
