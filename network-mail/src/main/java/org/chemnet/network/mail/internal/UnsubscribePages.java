package org.chemnet.network.mail.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The pages and texts of the unsubscribe endpoint, in English and Japanese, filled from the template
 * {@code unsubscribe.html} with every value escaped. Not part of the API.
 */
@API(status = INTERNAL, since = "0.6.0")
public final class UnsubscribePages {
    private static final String TEMPLATE = Templates.load("unsubscribe.html");
    private static final int MAX_ACCEPT_LANGUAGE = 1000;

    private UnsubscribePages() {}

    /** The languages of the pages. */
    public enum Language {
        /** English, the default. */
        EN("en", "Unsubscribe", "Unsubscribe"),
        /** Japanese. */
        JA("ja", "配信停止", "配信を停止する");

        private final String tag;
        private final String title;
        private final String button;

        Language(String tag, String title, String button) {
            this.tag = tag;
            this.title = title;
            this.button = button;
        }

        /**
         * The language tag.
         *
         * @return {@code en} or {@code ja}
         */
        public String tag() {
            return tag;
        }

        /**
         * The language an {@code Accept-Language} header prefers among these: the one of the highest weight, the
         * first of equal weights; English where it names neither, or cannot be read.
         *
         * @param header the header's value, if given
         * @return the language
         */
        public static Language preferred(Optional<String> header) {
            if (header.isEmpty() || header.get().length() > MAX_ACCEPT_LANGUAGE) {
                return EN;
            }
            Language best = EN;
            double bestWeight = 0;
            for (String item : header.get().split(",", -1)) {
                String[] parts = item.split(";", -1);
                String primary = parts[0].strip().toLowerCase(Locale.ROOT);
                int dash = primary.indexOf('-');
                if (dash >= 0) {
                    primary = primary.substring(0, dash);
                }
                double weight = weight(parts);
                Optional<Language> language =
                        switch (primary) {
                            case "ja" -> Optional.of(JA);
                            case "en", "*" -> Optional.of(EN);
                            default -> Optional.empty();
                        };
                if (language.isPresent() && weight > bestWeight) {
                    best = language.get();
                    bestWeight = weight;
                }
            }
            return best;
        }

        private static double weight(String[] parts) {
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                    try {
                        double q = Double.parseDouble(parameter.substring(2).strip());
                        return q >= 0 && q <= 1 ? q : 0;
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
            }
            return 1;
        }
    }

    /** What a page or text says. */
    public enum Message {
        /** Asks to confirm, with a form. */
        CONFIRM(
                "Unsubscribe from this newsletter?",
                "Press the button to receive no more of this newsletter at this address.",
                "Open this address in a browser and press the button to unsubscribe.",
                "このニュースレターの配信を停止しますか？",
                "ボタンを押すと、このアドレスへのこのニュースレターの配信を停止します。",
                "このアドレスをブラウザーで開き、ボタンを押すと配信を停止します。"),
        /** The subscription ended. */
        DONE(
                "You are unsubscribed",
                "No more of this newsletter will be sent to this address. Nothing else is needed.",
                "You are unsubscribed: no more of this newsletter will be sent to this address.",
                "配信を停止しました",
                "このアドレスにこのニュースレターはもう届きません。ほかの手続きは必要ありません。",
                "配信を停止しました。このアドレスにこのニュースレターはもう届きません。"),
        /** A token not genuine, or not of the form of a token. */
        INVALID(
                "This link is not valid",
                "This unsubscribe link is not valid: it was changed or cut short. Open the link in the newsletter"
                        + " mail again, in full.",
                "This unsubscribe link is not valid: it was changed or cut short.",
                "このリンクは無効です",
                "配信停止のリンクが正しくありません。変更されたか、途中で切れています。ニュースレターのメールにあるリンクを、もう一度そのまま開いてください。",
                "配信停止のリンクが正しくありません。変更されたか、途中で切れています。"),
        /** No token. */
        MISSING(
                "No unsubscribe link",
                "This address needs the unsubscribe link of a newsletter mail: open the link in the mail.",
                "The request has no unsubscribe token: use the unsubscribe link of a newsletter mail.",
                "配信停止のリンクがありません",
                "このページは、ニュースレターのメールにある配信停止のリンクから開いてください。",
                "配信停止のトークンがありません。ニュースレターのメールにある配信停止のリンクを使ってください。"),
        /** The runtime has no unsubscribe secret. */
        UNAVAILABLE(
                "Unsubscribing is not available",
                "This server is not set up to unsubscribe by link. Please write to the sender of the newsletter.",
                "Unsubscribing by link is not set up on this server: it has no unsubscribe secret. Please write to"
                        + " the sender of the newsletter.",
                "配信停止を受け付けられません",
                "このサーバーでは、リンクによる配信停止が設定されていません。ニュースレターの送信者にご連絡ください。",
                "このサーバーでは、リンクによる配信停止が設定されていません（配信停止の秘密鍵がありません）。ニュースレターの送信者にご連絡ください。"),
        /** A form that is not well formed. */
        UNREADABLE(
                "The request could not be read",
                "The form of this request could not be read.",
                "The form of this request could not be read: it must be UTF-8 form data.",
                "リクエストを読めませんでした",
                "このリクエストのフォームを読めませんでした。",
                "このリクエストのフォームを読めませんでした。UTF-8 のフォームデータにしてください。"),
        /** A form whose {@code List-Unsubscribe} is not {@code One-Click}. */
        NOT_ONE_CLICK(
                "The request could not be read",
                "The form of this request could not be read.",
                "The form's List-Unsubscribe must be One-Click (RFC 8058).",
                "リクエストを読めませんでした",
                "このリクエストのフォームを読めませんでした。",
                "フォームの List-Unsubscribe は One-Click でなければなりません（RFC 8058）。"),
        /** Neither GET nor POST. */
        METHOD(
                "Method not allowed",
                "Only GET and POST are answered here.",
                "Only GET (a page to confirm) and POST (to unsubscribe) are answered here.",
                "このメソッドは使えません",
                "ここでは GET と POST だけを受け付けます。",
                "ここでは GET（確認のページ）と POST（配信停止）だけを受け付けます。"),
        /** A body over the limit. */
        TOO_LARGE(
                "The request is too large",
                "The body of this request is too large.",
                "The body of this request is larger than 8192 bytes.",
                "リクエストが大きすぎます",
                "このリクエストの本文が大きすぎます。",
                "このリクエストの本文が 8192 バイトを超えています。"),
        /** A body of another media type. */
        UNSUPPORTED_TYPE(
                "The request is of another type",
                "A POST here must be form data.",
                "A POST here must be application/x-www-form-urlencoded or multipart/form-data, in UTF-8.",
                "リクエストの形式が違います",
                "ここへの POST はフォームデータでなければなりません。",
                "ここへの POST は UTF-8 の application/x-www-form-urlencoded か multipart/form-data でなければなりません。");

        private final String enHeading;
        private final String enMessage;
        private final String enText;
        private final String jaHeading;
        private final String jaMessage;
        private final String jaText;

        Message(String enHeading, String enMessage, String enText, String jaHeading, String jaMessage, String jaText) {
            this.enHeading = enHeading;
            this.enMessage = enMessage;
            this.enText = enText;
            this.jaHeading = jaHeading;
            this.jaMessage = jaMessage;
            this.jaText = jaText;
        }

        private String heading(Language language) {
            return language == Language.JA ? jaHeading : enHeading;
        }

        private String message(Language language) {
            return language == Language.JA ? jaMessage : enMessage;
        }

        /**
         * The message as one line of plain text.
         *
         * @param language the language
         * @return the text, ending with a line break
         */
        public String text(Language language) {
            return (language == Language.JA ? jaText : enText) + "\n";
        }
    }

    /**
     * A page: the message, and for {@link Message#CONFIRM} a form that posts the token to the page's own address.
     *
     * @param language the language
     * @param message what it says
     * @param networkName the name of the network, shown above the heading and in the title
     * @param token the token the form posts, for {@link Message#CONFIRM}; a well-formed token
     * @return the HTML
     */
    public static String page(
            Language language, Message message, Optional<String> networkName, Optional<String> token) {
        String title = language.title + networkName.map(n -> " – " + n).orElse("");
        String network = networkName
                .map(n -> "<p class=\"network\">" + Templates.html(n) + "</p>\n")
                .orElse("");
        String form = token.filter(t -> message == Message.CONFIRM)
                .map(t -> "<form method=\"post\" action=\""
                        + Templates.html("?token=" + URLEncoder.encode(t, StandardCharsets.UTF_8)) + "\">\n"
                        + "<input type=\"hidden\" name=\"token\" value=\"" + Templates.html(t) + "\">\n"
                        + "<button type=\"submit\">" + Templates.html(language.button) + "</button>\n"
                        + "</form>\n")
                .orElse("");
        return Templates.fill(
                TEMPLATE,
                Map.of(
                        "lang", language.tag(),
                        "title", Templates.html(title),
                        "network", network,
                        "heading", Templates.html(message.heading(language)),
                        "message", Templates.html(message.message(language)),
                        "form", form));
    }
}
