package org.chemnet.network.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unsubscribe endpoint over real HTTP: mounted in the JDK's {@code HttpServer} on 127.0.0.1 by a small adapter,
 * called with the JDK's {@code HttpClient} (no cookies, no redirects followed) at the address of the
 * {@code List-Unsubscribe} header of mail that GreenMail received over SMTP.
 */
class UnsubscribeEndpointTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String CSP =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\">");
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    private LoopbackSmtp smtp;
    private HttpServer server;
    private NetworkRuntime runtime;
    private NetworkRuntime withoutSecret;
    private String address;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The adapter a host writes: method, query, two headers and a bounded body in; status, headers, body out. */
    private static void serve(UnsubscribeEndpoint endpoint, HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawQuery =
                    Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            UnsubscribeRequest request = new UnsubscribeRequest(
                    exchange.getRequestMethod(),
                    UnsubscribeRequest.parseForm(rawQuery).orElse(Map.of()),
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")),
                    UnsubscribeRequest.readBody(exchange.getRequestBody()),
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept-Language")));
            UnsubscribeResponse response = endpoint.handle(request);
            response.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            byte[] body = response.bodyBytes();
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @BeforeEach
    void start() throws IOException {
        smtp = new LoopbackSmtp();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        address = "http://127.0.0.1:" + server.getAddress().getPort() + "/unsubscribe";
        MailConfig config = MailConfig.builder("127.0.0.1", smtp.port(), "secretariat@network.example.org")
                .timeout(Duration.ofSeconds(5))
                .unsubscribeUrl(address)
                .build();
        runtime = NetworkRuntime.builder()
                .plugin(new MailPlugin(config))
                .unsubscribeSecret(SECRET)
                .build();
        runtime.networks().register(TestData.graph());
        for (String reader : List.of("ann", "bob")) {
            runtime.newsletters()
                    .subscribe(MailFixtures.reader(reader, reader + "@example.org", LocalDate.of(2026, 1, 1)));
        }
        runtime.newsletters()
                .issue(MailFixtures.issue(
                        "issue-1", 1, LocalDate.of(2026, 3, 1), LocalizedText.en("Issue 1"), LocalizedText.en("News")));
        assertThat(runtime.newsletters().deliverPending().failed()).isZero();
        UnsubscribeEndpoint endpoint =
                UnsubscribeEndpoint.of(runtime.newsletters(), CLOCK).networkName("化学物質国際対応ネットワーク");
        server.createContext("/unsubscribe", exchange -> serve(endpoint, exchange));
        withoutSecret = NetworkRuntime.builder().build();
        UnsubscribeEndpoint unconfigured = UnsubscribeEndpoint.of(withoutSecret.newsletters(), CLOCK);
        server.createContext("/without-secret", exchange -> serve(unconfigured, exchange));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        runtime.close();
        withoutSecret.close();
        smtp.close();
    }

    private MimeMessage mailTo(String reader) {
        return smtp.received().stream()
                .filter(m -> LoopbackSmtp.recipient(m).equals(reader + "@example.org"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing was sent to " + reader));
    }

    /** The one-click address of the mail to a reader, from its {@code List-Unsubscribe} header. */
    private String linkOf(String reader) throws Exception {
        String header = mailTo(reader).getHeader("List-Unsubscribe", null);
        assertThat(header).startsWith("<" + address + "?token=").endsWith(">");
        return header.substring(1, header.length() - 1);
    }

    private static String tokenOf(String link) {
        return link.substring(link.indexOf("?token=") + "?token=".length());
    }

    private Set<String> audience() {
        return runtime.newsletters().audience(TestData.NEWSLETTER, Set.of()).stream()
                .map(s -> s.id().value())
                .collect(java.util.stream.Collectors.toSet());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postForm(String uri, String form, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private HttpResponse<String> get(String uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy")).contains(CSP);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theOneClickPostOfTheMailHeadersUnsubscribesWithoutCookiesOrRedirectsAndAgainIsStillOk() throws Exception {
        String link = linkOf("ann");
        String post = mailTo("ann").getHeader("List-Unsubscribe-Post", null);
        assertThat(post).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(audience()).contains("ann", "bob");

        HttpResponse<String> first = postForm(link, post);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
        assertThat(first.body())
                .isEqualTo("You are unsubscribed: no more of this newsletter will be sent to this address.\n");
        assertSecurityHeaders(first);
        assertThat(audience()).doesNotContain("ann").contains("bob");

        HttpResponse<String> again = postForm(link, post);
        assertThat(again.statusCode()).as("idempotent").isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(audience()).doesNotContain("ann").contains("bob");
    }

    @Test
    void theOneClickPostAsMultipartFormDataAsRfc8058PrefersUnsubscribesToo() throws Exception {
        String body = String.join(
                "\r\n",
                "--b0undary",
                "Content-Disposition: form-data; name=\"List-Unsubscribe\"",
                "",
                "One-Click",
                "--b0undary--",
                "");
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(linkOf("bob")))
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .header("Accept-Language", "ja, en;q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
        assertThat(response.body()).isEqualTo("配信を停止しました。このアドレスにこのニュースレターはもう届きません。\n");
        assertThat(audience()).doesNotContain("bob").contains("ann");
    }

    @Test
    void aGetShowsAPageToConfirmAndOnlyThePostOfItsFormUnsubscribes() throws Exception {
        String link = linkOf("ann");
        String token = tokenOf(link);

        HttpResponse<String> english = get(link);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
        assertSecurityHeaders(english);
        assertThat(english.body())
                .contains("<html lang=\"en\">")
                .contains("<title>Unsubscribe – 化学物質国際対応ネットワーク</title>")
                .contains("<h1>Unsubscribe from this newsletter?</h1>")
                .contains("<button type=\"submit\">Unsubscribe</button>");

        HttpResponse<String> page = get(link, "Accept-Language", "ja-JP,ja;q=0.9,en-US;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Language")).contains("ja");
        assertThat(page.body())
                .contains("<html lang=\"ja\">")
                .contains("<h1>このニュースレターの配信を停止しますか？</h1>")
                .contains("<button type=\"submit\">配信を停止する</button>");
        assertThat(audience()).as("a GET never unsubscribes").contains("ann", "bob");

        // Post the form as a browser does: to its action, resolved against the page's address, with its fields.
        Matcher action = ACTION.matcher(page.body());
        assertThat(action.find()).isTrue();
        assertThat(action.group(1)).isEqualTo("?token=" + token).doesNotContain("127.0.0.1");
        Matcher hidden = HIDDEN.matcher(page.body());
        assertThat(hidden.find()).isTrue();
        assertThat(hidden.group(1)).isEqualTo("token");
        String target = address + action.group(1);
        String form = "token=" + URLEncoder.encode(hidden.group(2), StandardCharsets.UTF_8);

        HttpResponse<String> done = postForm(target, form, "Accept-Language", "ja");

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
        assertSecurityHeaders(done);
        assertThat(done.body()).contains("<h1>配信を停止しました</h1>").doesNotContain("<form");
        assertThat(audience()).doesNotContain("ann").contains("bob");

        HttpResponse<String> fieldOnly = postForm(address, form);
        assertThat(fieldOnly.statusCode()).as("the token as a form field alone").isEqualTo(200);
        assertThat(fieldOnly.body()).contains("<h1>You are unsubscribed</h1>");
    }

    @Test
    void aTamperedTokenIsRefusedWithoutRepeatingIt() throws Exception {
        String token = tokenOf(linkOf("ann"));
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        String link = address + "?token=" + tampered;

        HttpResponse<String> oneClick = postForm(link, "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(400);
        assertThat(oneClick.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
        assertThat(oneClick.body())
                .isEqualTo("This unsubscribe link is not valid: it was changed or cut short.\n")
                .doesNotContain(tampered)
                .doesNotContain(tampered.substring(0, tampered.indexOf('.')));
        assertSecurityHeaders(oneClick);

        HttpResponse<String> page = postForm(address, "token=" + tampered);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
        assertThat(page.body()).contains("<h1>This link is not valid</h1>").doesNotContain(tampered);

        HttpResponse<String> twoTokens = postForm(address + "?token=" + token, "token=" + tampered);
        assertThat(twoTokens.statusCode()).as("two different tokens").isEqualTo(400);
        assertThat(audience()).contains("ann", "bob");
    }

    @Test
    void whatIsNeitherAGetNorAWellFormedPostIsRefused() throws Exception {
        String link = linkOf("ann");

        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(link))
                .PUT(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, POST");
        assertSecurityHeaders(put);

        HttpResponse<String> large = postForm(link, "List-Unsubscribe=One-Click&x=" + "a".repeat(20 * 1024));
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).isEqualTo("The body of this request is larger than 8192 bytes.\n");

        HttpResponse<String> json = send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"List-Unsubscribe\":\"One-Click\"}"))
                .build());
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.headers().firstValue("Accept-Post"))
                .contains("application/x-www-form-urlencoded, multipart/form-data");

        HttpResponse<String> badEscape = postForm(link, "List-Unsubscribe=One-Click&x=%zz");
        assertThat(badEscape.statusCode()).isEqualTo(400);
        HttpResponse<String> notUtf8 = postForm(link, "List-Unsubscribe=One-Click&x=%FF");
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        assertThat(notUtf8.body())
                .isEqualTo("The form of this request could not be read: it must be UTF-8 form data.\n");
        HttpResponse<String> notOneClick = postForm(link, "List-Unsubscribe=Two-Clicks");
        assertThat(notOneClick.statusCode()).isEqualTo(400);
        assertThat(notOneClick.body()).isEqualTo("The form's List-Unsubscribe must be One-Click (RFC 8058).\n");

        HttpResponse<String> oneClickWithoutToken = postForm(address, "List-Unsubscribe=One-Click");
        assertThat(oneClickWithoutToken.statusCode()).isEqualTo(400);
        assertThat(oneClickWithoutToken.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
        assertThat(oneClickWithoutToken.body())
                .isEqualTo("The request has no unsubscribe token: use the unsubscribe link of a newsletter mail.\n");

        HttpResponse<String> getWithoutToken = get(address);
        assertThat(getWithoutToken.statusCode()).isEqualTo(400);
        assertThat(getWithoutToken.headers().firstValue("Content-Type")).contains("text/html; charset=UTF-8");
        assertThat(getWithoutToken.body())
                .contains("<h1>No unsubscribe link</h1>")
                .doesNotContain("<form");
        assertSecurityHeaders(getWithoutToken);

        assertThat(audience()).as("nothing refused changed anything").contains("ann", "bob");
    }

    @Test
    void aRuntimeWithoutUnsubscribeSecretAnswers503() throws Exception {
        String token = tokenOf(linkOf("ann"));
        HttpResponse<String> response = postForm(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/without-secret?token=" + token,
                "List-Unsubscribe=One-Click");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body())
                .isEqualTo("Unsubscribing by link is not set up on this server: it has no unsubscribe secret."
                        + " Please write to the sender of the newsletter.\n")
                .doesNotContain(token);
        assertSecurityHeaders(response);
    }

    @Test
    void valuesThatLookLikeHtmlAreEscapedAndNeverRepeated() throws Exception {
        String script = "<script>alert(1)</script>";
        String encoded = URLEncoder.encode(script, StandardCharsets.UTF_8);

        HttpResponse<String> get = get(address + "?token=" + encoded);
        assertThat(get.statusCode()).isEqualTo(400);
        assertThat(get.body())
                .contains("<h1>This link is not valid</h1>")
                .doesNotContain("<script")
                .doesNotContain("alert");

        HttpResponse<String> post = postForm(address, "token=" + encoded);
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(post.body()).doesNotContain("<script").doesNotContain("alert");

        HttpResponse<String> oneClick = postForm(address + "?token=" + encoded, "List-Unsubscribe=One-Click");
        assertThat(oneClick.statusCode()).isEqualTo(400);
        assertThat(oneClick.body()).doesNotContain("<script").doesNotContain("alert");

        String token = tokenOf(linkOf("ann"));
        UnsubscribeResponse named = UnsubscribeEndpoint.of(runtime.newsletters(), CLOCK)
                .networkName("R&D <b>\"Lab\"</b>")
                .handle(new UnsubscribeRequest(
                        "GET", Map.of("token", List.of(token)), Optional.empty(), new byte[0], Optional.empty()));
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.body())
                .contains("<p class=\"network\">R&amp;D &lt;b&gt;&quot;Lab&quot;&lt;/b&gt;</p>")
                .contains("<title>Unsubscribe – R&amp;D &lt;b&gt;&quot;Lab&quot;&lt;/b&gt;</title>")
                .doesNotContain("<b>");
        assertThat(audience()).contains("ann", "bob");
    }

    @Test
    void requestsAndResponsesCheckWhatTheyAreGiven() {
        byte[] body = "List-Unsubscribe=One-Click".getBytes(StandardCharsets.US_ASCII);
        UnsubscribeRequest request = new UnsubscribeRequest(
                "POST",
                Map.of("token", List.of("secret.value")),
                Optional.of("application/x-www-form-urlencoded"),
                body,
                Optional.empty());
        body[0] = 'X';
        assertThat(request.body()[0]).as("copied in").isEqualTo((byte) 'L');
        request.body()[1] = 'X';
        assertThat(request.body()[1]).as("copied out").isEqualTo((byte) 'i');
        assertThat(request.toString()).contains("token").doesNotContain("secret.value");
        assertThat(request)
                .isEqualTo(new UnsubscribeRequest(
                        "POST",
                        Map.of("token", List.of("secret.value")),
                        Optional.of("application/x-www-form-urlencoded"),
                        "List-Unsubscribe=One-Click".getBytes(StandardCharsets.US_ASCII),
                        Optional.empty()));
        assertThatThrownBy(() ->
                        new UnsubscribeRequest("GET /x", Map.of(), Optional.empty(), new byte[0], Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnsubscribeRequest("GET", null, Optional.empty(), new byte[0], Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("query");

        assertThat(UnsubscribeRequest.parseForm("a=1&b=x+y&a=%E9%85%8D&c&&d="))
                .contains(Map.of("a", List.of("1", "配"), "b", List.of("x y"), "c", List.of(""), "d", List.of("")));
        assertThat(UnsubscribeRequest.parseForm("")).contains(Map.of());
        assertThat(UnsubscribeRequest.parseForm("a=%4")).isEmpty();
        assertThat(UnsubscribeRequest.parseForm("a=%C3%28")).isEmpty();
        assertThat(UnsubscribeRequest.parseForm("a=b c")).isEmpty();
        assertThat(UnsubscribeRequest.parseForm("a=é")).isEmpty();

        assertThatThrownBy(() -> new UnsubscribeResponse(200, "text/plain", "", Map.of("X-A", "1\r\nSet-Cookie: a=b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid unsubscribe response: header X-A has a control character");
        assertThatThrownBy(() -> new UnsubscribeResponse(99, "text/plain", "", Map.of("Content-Type", "text/html")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid unsubscribe response: status must be 100 to 599, but was 99; header content-type"
                        + " must not be among the headers");
        assertThatThrownBy(() ->
                        UnsubscribeEndpoint.of(runtime.newsletters(), CLOCK).networkName("a\nb"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
