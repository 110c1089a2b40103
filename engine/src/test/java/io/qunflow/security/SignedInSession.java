package io.qunflow.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A person signed in through the login form, as the UI is: a session cookie and the page's CSRF token. */
final class SignedInSession {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    private SignedInSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in; fails the test when the login form does not accept the credentials. */
    static SignedInSession signIn(int port, String username, String password) {
        SignedInSession session = new SignedInSession(port);
        String location = session.login(username, password);
        if (location.contains("error")) {
            throw new AssertionError(username + " could not sign in: " + location);
        }
        return session;
    }

    /** Where the login form sends the browser: the app, or back to the login page with an error. */
    static String attempt(int port, String username, String password) {
        return new SignedInSession(port).login(username, password);
    }

    private String login(String username, String password) {
        send(HttpRequest.newBuilder(URI.create(base + "/login.html")).build());
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(xsrf())))
                .build());
        return login.headers().firstValue("Location").orElse("");
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    private String xsrf() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
