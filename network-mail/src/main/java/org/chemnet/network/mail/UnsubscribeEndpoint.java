package org.chemnet.network.mail;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.mail.internal.FormData;
import org.chemnet.network.mail.internal.HeaderValues;
import org.chemnet.network.mail.internal.UnsubscribePages;
import org.chemnet.network.mail.internal.UnsubscribePages.Language;
import org.chemnet.network.mail.internal.UnsubscribePages.Message;
import org.chemnet.network.newsletter.InvalidUnsubscribeTokenException;
import org.chemnet.network.newsletter.Newsletters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unsubscribe address of newsletter mail ({@link MailConfig#unsubscribeUrl()}), without a web framework: the host
 * mounts it at that address in any HTTP server (the JDK's {@code HttpServer}, a servlet, ...), hands it each request as
 * an {@link UnsubscribeRequest} and sends the {@link UnsubscribeResponse} back as it is.
 *
 * <pre>{@code
 * UnsubscribeEndpoint endpoint = UnsubscribeEndpoint.of(runtime.newsletters(), Clock.systemDefaultZone())
 *         .networkName("化学物質国際対応ネットワーク");
 * UnsubscribeResponse response = endpoint.handle(request);
 * }</pre>
 *
 * <p>What it answers, to the address with {@code ?token=...} that the mail's {@code List-Unsubscribe} names:
 *
 * <ul>
 *   <li>{@code POST} with the form {@code List-Unsubscribe=One-Click}, as a mail program sends it when its reader
 *       unsubscribes with one click (RFC 8058), in {@code application/x-www-form-urlencoded} or {@code
 *       multipart/form-data}: unsubscribes ({@link Newsletters#unsubscribe(String, LocalDate)}, on the clock's day) and
 *       answers 200 with a line of {@code text/plain}. No cookie, no CSRF token, no redirect is needed, nor given.
 *   <li>{@code GET}: a page that asks to confirm, with a form and one button that posts the token back to the same
 *       address. A GET never unsubscribes: mail scanners and link previews open the links of a mail by themselves.
 *       Nor does it check the token's signature, only its form; a token not genuine is refused when the form is
 *       posted.
 *   <li>{@code POST} from that page (the token as a form field, or in the query, without {@code List-Unsubscribe}):
 *       unsubscribes and answers 200 with a page that says so.
 * </ul>
 *
 * <p>Unsubscribing is idempotent: a second POST answers 200 again. A subscription that no longer exists (erased)
 * answers 200 too, since nothing more is sent to it. Pages are in English, or in Japanese where {@code
 * Accept-Language} prefers it; one-click answers follow it too.
 *
 * <p>Refused, and nothing changed: a token that is not genuine, not of the form of a token, or given twice with two
 * values, 400 (the answer never repeats it); no token, 400; a form that cannot be read, 400; a runtime without
 * unsubscribe secret, 503; a method other than GET and POST, 405 with {@code Allow: GET, POST}; a body of more than
 * {@value UnsubscribeRequest#MAX_BODY_BYTES} bytes, 413; a POST body of another media type, 415. Refusals of the page
 * flow are pages; those of one-click and those before the flow is known are plain text.
 *
 * <p>Every answer has {@code Cache-Control: no-store}, {@code X-Content-Type-Options: nosniff}, {@code
 * Referrer-Policy: no-referrer} (the token is in the address, and must not leave with a {@code Referer}) and {@code
 * Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'}
 * (no script, nothing loaded, no framing, forms only to this site). Every value in a page is escaped, and the page's
 * form posts to a relative address ({@code ?token=...}), never to one taken from the request.
 *
 * <p>The use case runs on behalf of the actor of the {@code Newsletters} given (by default the runtime's, the system
 * job {@code host}); a reader who follows a link is not logged in, so give one that the access policy lets unsubscribe.
 * Failures other than those above, such as a store that cannot be reached or an access denied, reach the caller.
 * Instances are immutable and safe to share between threads.
 *
 * @since 0.6.0
 */
@API(status = EXPERIMENTAL, since = "0.6.0")
public final class UnsubscribeEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(UnsubscribeEndpoint.class);

    /** The form of a token: base64url text, a dot, base64url signature; at most 1024 characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private static final int MAX_TOKEN = 1024;
    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String HTML = "text/html; charset=UTF-8";
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
    private static final String ONE_CLICK_FIELD = "List-Unsubscribe";
    private static final String ONE_CLICK_VALUE = "One-Click";

    private final Newsletters newsletters;
    private final Clock clock;
    private final Optional<String> networkName;

    private UnsubscribeEndpoint(Newsletters newsletters, Clock clock, Optional<String> networkName) {
        this.newsletters = newsletters;
        this.clock = clock;
        this.networkName = networkName;
    }

    /**
     * An endpoint that unsubscribes through some newsletter use cases, its pages without a network name.
     *
     * @param newsletters the use cases, such as {@code runtime.newsletters()}
     * @param clock the clock whose date is the day a subscription ends
     * @return the endpoint; never null
     */
    public static UnsubscribeEndpoint of(Newsletters newsletters, Clock clock) {
        return new UnsubscribeEndpoint(
                requireNonNull(newsletters, "newsletters"), requireNonNull(clock, "clock"), Optional.empty());
    }

    /**
     * This endpoint with the name of the network on its pages, above the heading and in the title.
     *
     * @param name the name, such as "化学物質国際対応ネットワーク"; one line
     * @return a new endpoint; never null
     * @throws IllegalArgumentException if the name is blank or has a line break or another control character
     */
    public UnsubscribeEndpoint networkName(String name) {
        requireNonNull(name, "networkName");
        if (name.isBlank() || HeaderValues.hasControlCharacters(name)) {
            throw new IllegalArgumentException(
                    "networkName must be a name on one line, but was '" + HeaderValues.printable(name) + "'");
        }
        return new UnsubscribeEndpoint(newsletters, clock, Optional.of(name.strip()));
    }

    /**
     * Answers one request, unsubscribing if it is a POST with a genuine token, as the class comment says.
     *
     * @param request the request
     * @return the response to send; never null
     * @throws org.chemnet.network.access.AccessDeniedException if the actor of the use cases may not unsubscribe the
     *     subscription
     * @throws RuntimeException any other failure of the use case, such as a store that cannot be reached
     */
    public UnsubscribeResponse handle(UnsubscribeRequest request) {
        requireNonNull(request, "request");
        Language language = Language.preferred(request.acceptLanguage());
        String method = request.method();
        if (!method.equals("GET") && !method.equals("POST")) {
            return text(405, language, Message.METHOD, Map.of("Allow", "GET, POST"));
        }
        byte[] body = request.body();
        if (body.length > UnsubscribeRequest.MAX_BODY_BYTES) {
            return text(413, language, Message.TOO_LARGE, Map.of());
        }
        if (method.equals("GET")) {
            return confirmation(request, language);
        }
        Map<String, List<String>> form;
        if (request.contentType().isEmpty() && body.length == 0) {
            form = Map.of();
        } else {
            Optional<Map<String, List<String>>> read;
            try {
                read = form(request.contentType(), body);
            } catch (IllegalArgumentException e) {
                LOG.debug("An unsubscribe request whose form could not be read was refused: {}", e.getMessage());
                return text(400, language, Message.UNREADABLE, Map.of());
            }
            if (read.isEmpty()) {
                return text(
                        415,
                        language,
                        Message.UNSUPPORTED_TYPE,
                        Map.of("Accept-Post", "application/x-www-form-urlencoded, multipart/form-data"));
            }
            form = read.get();
        }
        List<String> oneClick = form.getOrDefault(ONE_CLICK_FIELD, List.of());
        if (!oneClick.isEmpty() && !oneClick.stream().allMatch(ONE_CLICK_VALUE::equals)) {
            return text(400, language, Message.NOT_ONE_CLICK, Map.of());
        }
        Flow flow = oneClick.isEmpty() ? Flow.PAGE : Flow.ONE_CLICK;
        Set<String> tokens = new LinkedHashSet<>();
        tokens.addAll(request.query().getOrDefault("token", List.of()));
        tokens.addAll(form.getOrDefault("token", List.of()));
        tokens.remove("");
        if (tokens.isEmpty()) {
            return answer(flow, 400, language, Message.MISSING);
        }
        String token = tokens.iterator().next();
        if (tokens.size() > 1 || !wellFormed(token)) {
            return answer(flow, 400, language, Message.INVALID);
        }
        LocalDate today = LocalDate.now(clock);
        try {
            newsletters.unsubscribe(token, today);
        } catch (InvalidUnsubscribeTokenException e) {
            LOG.debug("An unsubscribe link whose token is not genuine was refused");
            return answer(flow, 400, language, Message.INVALID);
        } catch (NotFoundException e) {
            LOG.info("An unsubscribe link named a subscription that no longer exists: {}", e.getMessage());
        } catch (IllegalStateException e) {
            LOG.warn("An unsubscribe link could not be followed: {}", e.getMessage());
            return answer(flow, 503, language, Message.UNAVAILABLE);
        }
        return answer(flow, 200, language, Message.DONE);
    }

    private UnsubscribeResponse confirmation(UnsubscribeRequest request, Language language) {
        List<String> tokens =
                new ArrayList<>(new LinkedHashSet<>(request.query().getOrDefault("token", List.of())));
        tokens.remove("");
        if (tokens.isEmpty()) {
            return page(400, language, Message.MISSING, Optional.empty());
        }
        String token = tokens.get(0);
        if (tokens.size() > 1 || !wellFormed(token)) {
            return page(400, language, Message.INVALID, Optional.empty());
        }
        return page(200, language, Message.CONFIRM, Optional.of(token));
    }

    /**
     * The fields of a form body, or empty if its media type is not one of form data.
     *
     * @throws IllegalArgumentException if the content type or the body is not well formed
     */
    private static Optional<Map<String, List<String>>> form(Optional<String> contentType, byte[] body) {
        if (contentType.isEmpty()) {
            return Optional.empty();
        }
        FormData.MediaType type = FormData.MediaType.parse(contentType.get());
        Optional<String> charset = type.parameter("charset");
        if (charset.isPresent()
                && !(charset.get().equalsIgnoreCase("UTF-8") || charset.get().equalsIgnoreCase("US-ASCII"))) {
            return Optional.empty();
        }
        if (type.type().equals("application/x-www-form-urlencoded")) {
            return Optional.of(FormData.urlEncoded(new String(body, StandardCharsets.ISO_8859_1)));
        }
        if (type.type().equals("multipart/form-data")) {
            String boundary = type.parameter("boundary")
                    .orElseThrow(() -> new IllegalArgumentException("the multipart body has no boundary"));
            return Optional.of(FormData.multipart(body, boundary));
        }
        return Optional.empty();
    }

    private static boolean wellFormed(String token) {
        return token.length() <= MAX_TOKEN && TOKEN.matcher(token).matches();
    }

    private enum Flow {
        ONE_CLICK,
        PAGE
    }

    private UnsubscribeResponse answer(Flow flow, int status, Language language, Message message) {
        return flow == Flow.ONE_CLICK
                ? text(status, language, message, Map.of())
                : page(status, language, message, Optional.empty());
    }

    private UnsubscribeResponse page(int status, Language language, Message message, Optional<String> token) {
        Map<String, String> headers = headers(Map.of());
        headers.put("Content-Language", language.tag());
        return new UnsubscribeResponse(
                status, HTML, UnsubscribePages.page(language, message, networkName, token), headers);
    }

    private static UnsubscribeResponse text(int status, Language language, Message message, Map<String, String> extra) {
        Map<String, String> headers = headers(extra);
        headers.put("Content-Language", language.tag());
        return new UnsubscribeResponse(status, TEXT, message.text(language), headers);
    }

    private static Map<String, String> headers(Map<String, String> extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putAll(extra);
        return headers;
    }

    @Override
    public String toString() {
        return "UnsubscribeEndpoint[" + networkName.orElse("(no network name)") + "]";
    }
}
