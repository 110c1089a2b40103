package io.qunflow.wecom;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** Sends callbacks as WeCom does: encrypted and signed with the test corp's token and key. */
final class WeComCallbacks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int port;
    private final WeComCrypto crypto;
    private final HttpClient http = HttpClient.newHttpClient();

    WeComCallbacks(int port) {
        this(port, WeComCryptoTest.CORP_ID);
    }

    /** Encrypts for another receive id, as a callback meant for another corp would be. */
    WeComCallbacks(int port, String receiveId) {
        this.port = port;
        this.crypto = new WeComCrypto(WeComCryptoTest.TOKEN, WeComCryptoTest.KEY, receiveId);
    }

    /** Posts a message, freshly encrypted (new random bytes: the way a retry differs), and correctly signed. */
    HttpResponse<String> post(String message) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String encrypt = crypto.encrypt(message, random);
        String timestamp = "1760000000";
        String nonce = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE);
        return postRaw(
                crypto.signature(timestamp, nonce, encrypt),
                timestamp,
                nonce,
                "<xml><ToUserName><![CDATA[" + WeComCryptoTest.CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypt
                        + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>");
    }

    HttpResponse<String> postRaw(String signature, String timestamp, String nonce, String body) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/wecom/callback?msg_signature="
                        + signature + "&timestamp=" + timestamp + "&nonce=" + nonce))
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    HttpResponse<String> verify(String signature, String timestamp, String nonce, String echostr) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/wecom/callback?msg_signature="
                        + signature + "&timestamp=" + timestamp + "&nonce=" + nonce + "&echostr="
                        + URLEncoder.encode(echostr, StandardCharsets.UTF_8)))
                .GET()
                .build());
    }

    /** A change_external_chat event as WeCom words it. */
    static String chatEvent(String chatId, String changeType, String detail, long createTime, String... members) {
        StringBuilder items = new StringBuilder();
        for (String m : members) {
            items.append("<Item><![CDATA[").append(m).append("]]></Item>");
        }
        return "<xml><ToUserName><![CDATA[" + WeComCryptoTest.CORP_ID + "]]></ToUserName><FromUserName><![CDATA[sys]]>"
                + "</FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[change_external_chat]]></Event><ChatId><![CDATA[" + chatId + "]]></ChatId>"
                + "<ChangeType><![CDATA[" + changeType + "]]></ChangeType>"
                + (detail == null ? "" : "<UpdateDetail><![CDATA[" + detail + "]]></UpdateDetail>")
                + "<JoinScene>3</JoinScene><QuitScene>0</QuitScene><MemChangeCnt>" + members.length + "</MemChangeCnt>"
                + (members.length == 0 ? "" : "<MemChangeList>" + items + "</MemChangeList>") + "</xml>";
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
