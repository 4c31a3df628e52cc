package org.chemnet.network.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.chemnet.network.TestData;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryId;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.MessageKind;
import org.chemnet.network.newsletter.SubscriptionId;
import org.chemnet.network.spi.DeliveryOutcome;
import org.chemnet.network.spi.OutgoingMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What arrives at a real SMTP server: headers, parts, encodings, and refusals. */
class MessageContentTest {
    private LoopbackSmtp smtp;
    private SmtpMailer mailer;
    private final List<DeliveryOutcome> outcomes = new ArrayList<>();

    @BeforeEach
    void start() {
        smtp = new LoopbackSmtp();
        mailer = new SmtpMailer(smtp.config());
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    private static MailMessage message(MessageKind kind, String subjectJa, String bodyJa) {
        return new MailMessage(
                MessageId.of("m-1"),
                kind,
                kind == MessageKind.NEWSLETTER_ISSUE ? Optional.of(TestData.NEWSLETTER) : Optional.empty(),
                kind == MessageKind.NEWSLETTER_ISSUE ? OptionalInt.of(106) : OptionalInt.empty(),
                LocalDate.of(2020, 6, 30),
                Set.of(),
                LocalizedText.jaEn(subjectJa, "English subject"),
                LocalizedText.jaEn(bodyJa, "English body"));
    }

    private static OutgoingMail mail(
            String id, String address, String name, MailMessage message, Optional<String> token) {
        return new OutgoingMail(
                Delivery.pending(
                        DeliveryId.of(id),
                        message.id(),
                        address,
                        Optional.of(name),
                        "ja",
                        Optional.of(SubscriptionId.of("s1")),
                        Optional.empty(),
                        Instant.EPOCH),
                message,
                token);
    }

    private MimeMessage sendOne(OutgoingMail mail) {
        mailer.send(List.of(mail), outcomes::add);
        assertThat(outcomes).extracting(DeliveryOutcome::result).containsExactly(DeliveryOutcome.Result.SENT);
        assertThat(smtp.received()).hasSize(1);
        return smtp.received().get(0);
    }

    @Test
    void japaneseSubjectBodyAndNamesArriveIntact() throws Exception {
        MimeMessage received = sendOne(mail(
                "d-1",
                "tanaka@example.org",
                "田中 恵子",
                message(MessageKind.NEWSLETTER_ISSUE, "メールマガジン 第106号：欧州の動向", "欧州の化学物質管理の動向。\n\n次号もお楽しみに。"),
                Optional.of("tok.en")));

        assertThat(received.getSubject()).isEqualTo("メールマガジン 第106号：欧州の動向");
        assertThat(((InternetAddress) received.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("田中 恵子");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("化学物質国際対応ネットワーク 事務局");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) text.getContent()).replace("\r\n", "\n")).startsWith("欧州の化学物質管理の動向。\n\n次号もお楽しみに。");
        assertThat(html.getContentType()).contains("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) html.getContent())
                .contains("<html lang=\"ja\">")
                .contains("<p>欧州の化学物質管理の動向。</p>")
                .contains("<title>メールマガジン 第106号：欧州の動向</title>");
    }

    @Test
    void everyValuePutIntoHtmlIsEscaped() throws Exception {
        MimeMessage received = sendOne(mail(
                "d-2",
                "reader@example.org",
                "Reader",
                message(MessageKind.NOTICE, "<script>alert(1)</script>", "<img src=x onerror=alert(1)> & \"q\""),
                Optional.empty()));

        String html =
                (String) ((MimeMultipart) received.getContent()).getBodyPart(1).getContent();
        assertThat(html)
                .doesNotContain("<script>", "<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;");
    }

    @Test
    void newsletterIssuesCarryOneClickUnsubscribeAndAStableMessageId() throws Exception {
        MimeMessage received = sendOne(mail(
                "3f2c7a4e-0000-4000-8000-000000000001",
                "reader@example.org",
                "Reader",
                message(MessageKind.NEWSLETTER_ISSUE, "号", "本文"),
                Optional.of("abc.def")));

        assertThat(received.getHeader("List-Unsubscribe", null))
                .isEqualTo("<https://network.example.org/unsubscribe?token=abc.def>,"
                        + " <mailto:unsubscribe@network.example.org?subject=unsubscribe%20abc.def>");
        assertThat(received.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(received.getMessageID()).isEqualTo("<3f2c7a4e-0000-4000-8000-000000000001@network.example.org>");
    }

    @Test
    void noticesCarryNoUnsubscribeHeaders() throws Exception {
        MimeMessage received = sendOne(mail(
                "d-4",
                "applicant@example.org",
                "Applicant",
                message(MessageKind.NOTICE, "受付", "本文"),
                Optional.empty()));
        assertThat(received.getHeader("List-Unsubscribe")).isNull();
        assertThat(received.getHeader("List-Unsubscribe-Post")).isNull();
    }

    @Test
    void refusesInjectedHeadersAndSendsTheRestOfTheBatch() {
        OutgoingMail injectedSubject = mail(
                "bad-subject",
                "reader@example.org",
                "Reader",
                message(MessageKind.NOTICE, "Hello\r\nBcc: everyone@example.org", "body"),
                Optional.empty());
        OutgoingMail injectedName = mail(
                "bad-name",
                "reader@example.org",
                "Reader\nBcc: everyone@example.org",
                message(MessageKind.NOTICE, "Hello", "body"),
                Optional.empty());
        OutgoingMail injectedAddress = mail(
                "bad-address",
                "reader@example.org\r\nBcc: everyone@example.org",
                "Reader",
                message(MessageKind.NOTICE, "Hello", "body"),
                Optional.empty());
        OutgoingMail fine =
                mail("fine", "reader@example.org", "Reader", message(MessageKind.NOTICE, "Hi", "ok"), Optional.empty());

        mailer.send(List.of(injectedSubject, injectedName, injectedAddress, fine), outcomes::add);

        assertThat(outcomes)
                .extracting(DeliveryOutcome::result)
                .containsExactly(
                        DeliveryOutcome.Result.PERMANENT_FAILURE,
                        DeliveryOutcome.Result.PERMANENT_FAILURE,
                        DeliveryOutcome.Result.PERMANENT_FAILURE,
                        DeliveryOutcome.Result.SENT);
        assertThat(outcomes.get(0).error().orElseThrow())
                .isEqualTo("mail for delivery bad-subject refused: subject must not contain line breaks or other"
                        + " control characters, but was 'Hello\\u000d\\u000aBcc: everyone@example.org'");
        assertThat(outcomes.get(1).error().orElseThrow()).contains("recipient name must not contain line breaks");
        assertThat(outcomes.get(2).error().orElseThrow()).contains("recipient address must not contain line breaks");
        assertThat(smtp.received()).hasSize(1);
        assertThat(LoopbackSmtp.recipient(smtp.received().get(0))).isEqualTo("Reader <reader@example.org>");
    }

    @Test
    void anUnreachableServerIsATransientFailureForEveryMail() {
        smtp.stop();
        OutgoingMail a = mail("a", "a@example.org", "A", message(MessageKind.NOTICE, "s", "b"), Optional.empty());
        OutgoingMail b = mail("b", "b@example.org", "B", message(MessageKind.NOTICE, "s", "b"), Optional.empty());

        mailer.send(List.of(a, b), outcomes::add);

        assertThat(outcomes)
                .extracting(DeliveryOutcome::result)
                .containsExactly(DeliveryOutcome.Result.TRANSIENT_FAILURE, DeliveryOutcome.Result.TRANSIENT_FAILURE);
        assertThat(outcomes.get(0).error().orElseThrow()).containsIgnoringCase("connect");
    }
}
