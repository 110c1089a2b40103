package io.qunflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.api.Problems;
import io.qunflow.common.Words;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what. Systems present an API key with scopes; people log in (session, or HTTP Basic
 * for scripts) and act by role. The API answers refusals as problem+json; pages redirect to login.
 *
 * <p>Why this class is long: the filter chains (actuator, API, WeCom's callback, Camunda's
 * webapps, pages) are read together to see who may call what, so they stay side by side; the
 * sign-in, key and throttling parts they use are classes of their own.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PEOPLE = {"ROLE_DESIGNER", "ROLE_COMPLIANCE", "ROLE_OPERATOR", "ROLE_VIEWER", "ROLE_ADMIN"};

    /**
     * What the API and the actuator share: API keys or HTTP Basic, throttled sign-ins, and every
     * refusal written as a problem with the words given. Requests that carry their credentials in
     * the Authorization header (systems, scripts) need no CSRF token: a browser never adds that
     * header to a request another site makes (Qunflow never asks the browser for Basic credentials).
     * Requests that rely on the UI's session cookie must send the token for every state change.
     */
    private static HttpSecurity machineCallers(
            HttpSecurity http,
            ApiKeys keys,
            AccountStore accounts,
            LoginThrottle throttle,
            ObjectMapper json,
            Words unauthenticated,
            Words forbidden)
            throws Exception {
        return http.csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS)
                        .csrfTokenRequestHandler(plainToken())
                        .requireCsrfProtectionMatcher(SecurityConfiguration::changesStateWithSession))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DATA_ONLY)))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> Problems.write(
                        response,
                        json,
                        Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, unauthenticated))))
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys, throttle, json), BasicAuthenticationFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, json), ApiKeyAuthenticationFilter.class)
                .addFilterAfter(new AccountSessionFilter(accounts), SecurityContextHolderFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> Problems.write(
                                response,
                                json,
                                Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, unauthenticated)))
                        .accessDeniedHandler((request, response, e) -> Problems.write(
                                response,
                                json,
                                e instanceof CsrfException
                                        ? Problems.of(
                                                HttpStatus.FORBIDDEN,
                                                Problems.CSRF,
                                                new Words(
                                                        "The page's security token is missing or out of date; reload the page and try again",
                                                        "页面的安全令牌缺失或已过期，请刷新页面后再试"))
                                        : Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, forbidden))));
    }

    /**
     * Every {@code requestMatchers(String…)} below matches by path pattern, as the chains'
     * {@code securityMatcher}s already do, instead of Spring MVC's matcher (deprecated since Spring
     * Security 6.5), which looks the request's handler up once more for security before dispatch
     * looks it up again: a few per cent of a single event's time in the load harness's profile.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean requestMatchersByPathPattern() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * The API's answers are data for scripts and systems, never a page: a stored BPMN file comes
     * back as deployed, as application/xml, which a browser opened on it would render, running what
     * its processing instructions ({@code <?xml-stylesheet?>}) load. The UI only fetches these
     * answers, which no policy of theirs affects.
     */
    static final String DATA_ONLY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * The UI's own pages run only the scripts the engine serves: no inline script, no handler
     * attribute, no eval, so text that reaches the page as markup by mistake still runs nothing.
     * Styles may be inline: bpmn-js, ECharts and CodeMirror set element styles as they draw.
     * Nothing may frame the pages (clickjacking) or send their forms anywhere else.
     */
    static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** One token repository for pages and API: the UI reads the XSRF-TOKEN cookie and echoes it. */
    private static final CookieCsrfTokenRepository CSRF_TOKENS = CookieCsrfTokenRepository.withHttpOnlyFalse();

    private static CsrfTokenRequestAttributeHandler plainToken() {
        // The token is issued on every page load (not deferred until a form is posted) so the
        // UI's own pages find it in the cookie.
        CsrfTokenRequestAttributeHandler handler = new CsrfTokenRequestAttributeHandler();
        handler.setCsrfRequestAttributeName(null);
        return handler;
    }

    private static boolean changesStateWithSession(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe =
                method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE");
        // Without a session cookie nothing can ride on the browser's session: such a request is
        // answered by authentication (401) instead. A request with a key or a password is signed
        // in by them; any other Authorization header leaves the session to sign it in.
        return !safe && !presentsCredentials(request) && request.getRequestedSessionId() != null;
    }

    private static boolean presentsCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && (authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                        || authorization.regionMatches(true, 0, "Basic ", 0, 6));
    }

    /**
     * Health (liveness, readiness) is public for load balancers and orchestrators; metrics and every
     * other actuator endpoint need an admin or a key with the {@code metrics} scope (a scraper).
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(
            HttpSecurity http, ApiKeys keys, AccountStore accounts, LoginThrottle throttle, ObjectMapper json)
            throws Exception {
        return machineCallers(
                        http.securityMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")),
                        keys,
                        accounts,
                        throttle,
                        json,
                        new Words(
                                "Send an API key with the metrics scope, or log in as an admin",
                                "请使用带 metrics 权限的 API 密钥，或以管理员身份登录"),
                        new Words(
                                "Metrics need an admin or a key with the metrics scope",
                                "查看指标需要管理员，或带 metrics 权限的 API 密钥"))
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .anyRequest()
                                .hasAnyAuthority("SCOPE_metrics", "ROLE_ADMIN"))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, ApiKeys keys, AccountStore accounts, LoginThrottle throttle, ObjectMapper json)
            throws Exception {
        return machineCallers(
                        http.securityMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**")),
                        keys,
                        accounts,
                        throttle,
                        json,
                        new Words("Send an API key (Authorization: Bearer …) or log in", "请先登录，或使用 API 密钥"),
                        new Words("Your key or role may not do this", "你的账号角色或密钥无权做这件事"))
                .authorizeHttpRequests(SecurityConfiguration::moderationReviews)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.POST, "/api/v1/groups/*/events", "/api/v1/events:batch")
                        .hasAnyAuthority("SCOPE_events", "ROLE_OPERATOR", "ROLE_ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/groups/*/sop/**")
                        .hasAnyAuthority("SCOPE_groups", "ROLE_OPERATOR", "ROLE_ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/groups/*/members/*/keep")
                        .hasAnyAuthority("ROLE_OPERATOR", "ROLE_ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/sop/**")
                        .hasAnyAuthority(with(PEOPLE, "SCOPE_groups"))
                        .requestMatchers(HttpMethod.POST, "/api/v1/sop/**")
                        .hasAnyAuthority("SCOPE_groups", "ROLE_OPERATOR", "ROLE_ADMIN")
                        // The groups scope creates, dissolves and schedules (docs/security.md); pruning,
                        // lotteries and a member's layer are an operator's judgement, not a system's.
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/groups",
                                "/api/v1/groups/*/dissolve",
                                "/api/v1/groups/*/sop/**")
                        .hasAnyAuthority("SCOPE_groups", "ROLE_OPERATOR", "ROLE_ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/groups/**")
                        .hasAnyAuthority("ROLE_OPERATOR", "ROLE_ADMIN")
                        // A member's role is an operator's word on the chat, never a system's.
                        .requestMatchers(HttpMethod.PUT, "/api/v1/groups/*/members/*/role")
                        .hasAnyAuthority("ROLE_OPERATOR", "ROLE_ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/groups/*", "/api/v1/groups/*/sop/**")
                        .hasAnyAuthority("SCOPE_groups", "ROLE_OPERATOR", "ROLE_ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/groups", "/api/v1/groups/**")
                        .hasAnyAuthority(with(PEOPLE, "SCOPE_groups", "SCOPE_events"))
                        .requestMatchers(HttpMethod.POST, "/api/v1/wecom/archive-records")
                        .hasAnyAuthority("SCOPE_events", "ROLE_ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/wecom/archive-records/notice")
                        .hasAnyAuthority("SCOPE_events", "ROLE_ADMIN")
                        .requestMatchers("/api/v1/wecom/live-codes", "/api/v1/wecom/live-codes/**")
                        .hasAnyAuthority("ROLE_OPERATOR", "ROLE_ADMIN")
                        .requestMatchers("/api/v1/wecom/owner-tasks", "/api/v1/wecom/owner-tasks/**")
                        .hasAnyAuthority("ROLE_OPERATOR", "ROLE_ADMIN")
                        // Everyone's own staff tasks; who may close which is the task list's to say.
                        .requestMatchers("/api/v1/tasks", "/api/v1/tasks/**")
                        .hasAnyAuthority(PEOPLE)
                        .requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**")
                        .hasAuthority("SCOPE_actions")
                        .requestMatchers("/api/v1/actions", "/api/v1/actions/**")
                        .hasAnyAuthority("SCOPE_actions", "ROLE_OPERATOR", "ROLE_ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/rulesets", "/api/v1/rulesets/**")
                        .hasAnyAuthority(with(PEOPLE, "SCOPE_rules:read"))
                        .requestMatchers("/api/v1/rulesets/**")
                        .hasAnyAuthority("ROLE_COMPLIANCE")
                        .requestMatchers(HttpMethod.GET, "/api/v1/word-lists/**")
                        .hasAnyAuthority(with(PEOPLE, "SCOPE_rules:read"))
                        .requestMatchers("/api/v1/word-lists/**")
                        .hasAnyAuthority("ROLE_COMPLIANCE")
                        .requestMatchers(HttpMethod.GET, "/api/v1/parameters", "/api/v1/parameters/**")
                        .hasAnyAuthority(with(PEOPLE, "SCOPE_rules:read"))
                        .requestMatchers("/api/v1/parameters/**")
                        .hasAnyAuthority("ROLE_COMPLIANCE")
                        .requestMatchers(HttpMethod.GET, "/api/v1/phases")
                        .hasAnyAuthority(with(PEOPLE, "SCOPE_workflows:read", "SCOPE_groups", "SCOPE_rules:read"))
                        .requestMatchers(HttpMethod.GET, "/api/v1/workflows", "/api/v1/workflows/**")
                        .hasAnyAuthority(with(PEOPLE, "SCOPE_workflows:read"))
                        .requestMatchers("/api/v1/workflows/**")
                        .hasAnyAuthority("ROLE_DESIGNER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit")
                        .hasAnyAuthority(PEOPLE)
                        .requestMatchers(HttpMethod.GET, "/api/v1/me")
                        .authenticated()
                        // The login page asks what to show before anyone has signed in.
                        .requestMatchers(HttpMethod.GET, "/api/v1/sign-in/options")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/demo")
                        .hasAnyAuthority(PEOPLE)
                        // Admins only (the API contract): loading writes three groups and thirty days of
                        // members into the install, a decision for whoever answers for it.
                        .requestMatchers(HttpMethod.POST, "/api/v1/demo")
                        .hasAuthority("ROLE_ADMIN")
                        .requestMatchers("/api/v1/keys", "/api/v1/keys/**", "/api/v1/users", "/api/v1/users/**")
                        .hasAuthority("ROLE_ADMIN")
                        .anyRequest()
                        .hasAnyAuthority("ROLE_ADMIN"))
                .build();
    }

    /**
     * WeCom's callback carries no key or session: WeCom's signature over the encrypted body (checked
     * by the connector, {@code io.qunflow.wecom}) is what authenticates it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain wecomCallback(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/wecom/callback"))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    /**
     * The moderation review queue: every person reads it; compliance staff, operators and admins
     * give verdicts. No API key may do either: reviewing is a person's job. These paths are matched
     * before the rest of the API's, which none of them overlaps.
     */
    private static void moderationReviews(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers(HttpMethod.GET, "/api/v1/reviews", "/api/v1/reviews/**", "/api/v1/moderation/quality")
                .hasAnyAuthority(PEOPLE)
                .requestMatchers(HttpMethod.POST, "/api/v1/reviews/*/verdict")
                .hasAnyAuthority("ROLE_COMPLIANCE", "ROLE_OPERATOR", "ROLE_ADMIN");
    }

    @Bean
    @Order(2)
    SecurityFilterChain cockpit(HttpSecurity http, AccountStore accounts, LoginThrottle throttle, ObjectMapper json)
            throws Exception {
        // Matched on the whole path: the Camunda web apps run on servlets of their own.
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                // The Camunda web apps protect themselves against CSRF with their own filter.
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .formLogin(form -> form.loginPage("/login.html"))
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new LoginThrottleFilter(throttle, json), BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountSessionFilter(accounts), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority("ROLE_ADMIN"))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AccountStore accounts, LoginThrottle throttle, ObjectMapper json)
            throws Exception {
        return http.csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS).csrfTokenRequestHandler(plainToken()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGES)))
                .addFilterBefore(new LoginThrottleFilter(throttle, json), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AccountSessionFilter(accounts), SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage("/login.html")
                        .loginProcessingUrl("/login")
                        .failureUrl("/login.html?error")
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login.html?logout").permitAll())
                .authorizeHttpRequests(
                        // The login page with any query: formLogin's permitAll matches its address
                        // exactly, so the throttle's "?locked=<seconds>" was sent on to a bare login page.
                        auth -> auth.requestMatchers(
                                        "/login", "/login.html", "/error", "/assets/**", "/favicon.ico", "/favicon.svg")
                                .permitAll()
                                .requestMatchers("/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .build();
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
