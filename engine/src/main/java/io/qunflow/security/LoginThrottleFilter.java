package io.qunflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.api.Problems;
import io.qunflow.common.Words;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses credentials from a locked username or address before they are checked (see
 * {@link LoginThrottle}): HTTP Basic and API keys get 429 with {@code Retry-After}; the login form
 * goes back to the login page, which says to wait.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ObjectMapper json;

    LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean formLogin = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean credentials = formLogin || authorization != null;
        if (!credentials) {
            chain.doFilter(request, response);
            return;
        }
        String username = formLogin ? request.getParameter("username") : basicUsername(authorization);
        Duration wait = throttle.lockedFor(username, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (formLogin) {
            response.sendRedirect(request.getContextPath() + "/login.html?locked=" + seconds);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemDetail problem = Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                Problems.TOO_MANY_ATTEMPTS,
                new Words(
                        "Too many failed sign-ins from this account or address; try again in " + seconds + " s",
                        "这个账号或地址登录失败次数太多，请 " + seconds + " 秒后再试"));
        Problems.write(response, json, problem);
    }

    private static String basicUsername(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
