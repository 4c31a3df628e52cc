package org.chemnet.network.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.NetworkRuntimeBuilder;
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.jdbc.JdbcPlugin;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.kernel.Page;
import org.chemnet.network.kernel.PageRequest;
import org.chemnet.network.mail.MailConfig;
import org.chemnet.network.mail.MailConfigBuilder;
import org.chemnet.network.mail.MailPlugin;
import org.chemnet.network.mail.SmtpSecurity;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.DispatchReport;
import org.chemnet.network.newsletter.MailMessage;
import org.chemnet.network.newsletter.MessageId;
import org.chemnet.network.newsletter.NewsletterIssue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Newsletter commands. */
@Command(
        name = "newsletter",
        mixinStandardHelpOptions = true,
        description = "Newsletters.",
        subcommands = {NewsletterCommand.Send.class, NewsletterCommand.Status.class})
final class NewsletterCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand, such as send");
    }

    /** Issues a newsletter and sends it through the outbox. */
    @Command(
            name = "send",
            mixinStandardHelpOptions = true,
            description = "Issues a newsletter of a network and sends it through the outbox; reports delivered,"
                    + " failed and pending.")
    static final class Send implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Mixin
        IssueOptions issue;

        @Option(names = "--smtp", required = true, paramLabel = "HOST:PORT", description = "The SMTP server.")
        String smtp;

        @Option(names = "--from", required = true, paramLabel = "ADDRESS", description = "The sender address.")
        String from;

        @Option(names = "--subject", required = true, paramLabel = "TEXT", description = "The subject.")
        String subject;

        @Option(names = "--body", required = true, paramLabel = "FILE", description = "A UTF-8 file with the body.")
        Path body;

        @Option(names = "--lang", defaultValue = "en", description = "The language of subject and body.")
        String lang;

        @Option(names = "--topic", paramLabel = "TOPIC", description = "A topic of the issue; general if none.")
        List<String> topics = List.of();

        @Option(
                names = "--smtp-security",
                defaultValue = "STARTTLS",
                paramLabel = "MODE",
                description = "STARTTLS (default: upgrade a plain connection, refusing a server that cannot), SMTPS"
                        + " (TLS from the start, usually port 465) or NONE (a local relay only).")
        SmtpSecurity security;

        @Option(
                names = "--smtp-user",
                paramLabel = "USER",
                description = "The SMTP login; its password is read from the environment variable"
                        + " CHEMNET_SMTP_PASSWORD or from --smtp-password-file, never from the command line.")
        String user;

        @Option(
                names = "--smtp-password-file",
                paramLabel = "FILE",
                description = "A file whose first line is the SMTP password.")
        Path passwordFile;

        @Option(
                names = "--unsubscribe-url",
                paramLabel = "URL",
                description = "The host's one-click unsubscribe endpoint; each mail's link adds ?token=...")
        String unsubscribeUrl;

        @Option(
                names = "--unsubscribe-secret-file",
                paramLabel = "FILE",
                description = "A file of at least 32 random bytes that signs the unsubscribe links; the same file on"
                        + " every host of the network, as long as links sent with it should work.")
        Path secretFile;

        @Option(
                names = "--without-unsubscribe",
                description = "Send without List-Unsubscribe headers and links (for a test list only).")
        boolean withoutUnsubscribe;

        @Override
        public Integer call() throws IOException {
            int colon = smtp.lastIndexOf(':');
            if (colon <= 0) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--smtp must be HOST:PORT, but was '" + smtp + "'");
            }
            boolean unsubscribing = unsubscribeUrl != null || secretFile != null;
            if (!withoutUnsubscribe && (unsubscribeUrl == null || secretFile == null)) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "a newsletter needs a one-click unsubscribe: give --unsubscribe-url and"
                                + " --unsubscribe-secret-file (or --without-unsubscribe for a test list)");
            }
            if (withoutUnsubscribe && unsubscribing) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--without-unsubscribe and the --unsubscribe options exclude each other");
            }
            MailConfigBuilder config = MailConfig.builder(
                            smtp.substring(0, colon), Integer.parseInt(smtp.substring(colon + 1)), from)
                    .security(security);
            if (user != null) {
                config.credentials(user, password());
            }
            NetworkRuntimeBuilder builder = NetworkRuntime.builder();
            // A bar on the error stream of a terminal: each final outcome of this issue's mails moves it on.
            MessageId sending = issue.message();
            Progress progress = new Progress(spec.commandLine().getErr(), "sending");
            java.util.concurrent.atomic.AtomicLong total = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
            builder.listener(event -> {
                if (event instanceof org.chemnet.network.change.ChangeEvent.DeliveryAttempted attempted
                        && attempted.delivery().message().equals(sending)
                        && attempted.delivery().status().isFinal()) {
                    progress.show(done.incrementAndGet(), total.get());
                }
            });
            if (!withoutUnsubscribe) {
                config.unsubscribeUrl(unsubscribeUrl);
                builder.unsubscribeSecret(Files.readAllBytes(secretFile));
            }
            MailConfig mail = config.build();
            String text = Files.readString(body, StandardCharsets.UTF_8);
            try (HikariDataSource dataSource = database.open();
                    NetworkRuntime runtime = builder.plugin(new JdbcPlugin(dataSource))
                            .plugin(new MailPlugin(mail))
                            .build()) {
                NetworkId id = NetworkId.of(issue.network);
                Activity newsletter = runtime.directory().activities(id).stream()
                        .filter(a -> a instanceof Newsletter)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("newsletter activity of network", issue.network));
                MessageId message = issue.message();
                // an issue sent again, on any later day, is the same issue: it keeps the day it was first sent
                LocalDate day = runtime.directory()
                        .message(message)
                        .map(MailMessage::date)
                        .orElse(LocalDate.now(java.time.ZoneOffset.UTC));
                int recipients = runtime.newsletters()
                        .issue(new NewsletterIssue(
                                message,
                                newsletter.id(),
                                issue.number,
                                day,
                                Set.copyOf(topics),
                                LocalizedText.of(lang, subject),
                                LocalizedText.of(lang, text)));
                total.set(Outcomes.of(runtime, message).pending());
                DispatchReport report;
                try {
                    report = runtime.newsletters().deliverPending();
                } finally {
                    progress.done();
                }
                Outcomes outcomes = Outcomes.of(runtime, message);
                long pending = outcomes.pending();
                java.io.PrintWriter out = spec.commandLine().getOut();
                out.println("issue " + issue.number + " to " + recipients + " subscribers: " + report.sent()
                        + " delivered, " + report.failed() + " failed, " + pending + " pending");
                outcomes.print(out);
                return report.failed() == 0 && pending == 0 ? ChemnetCli.OK : ChemnetCli.INVALID_INPUT;
            }
        }

        /** The SMTP password: from the file if given, else from the environment; never from the command line. */
        private String password() throws IOException {
            if (passwordFile != null) {
                return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
                        .findFirst()
                        .orElse("");
            }
            String value = System.getenv("CHEMNET_SMTP_PASSWORD");
            if (value == null) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "--smtp-user needs a password: set CHEMNET_SMTP_PASSWORD or give --smtp-password-file");
            }
            return value;
        }
    }

    /** Where the deliveries of an issue stand: sent, failed and pending, and why. */
    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Shows how many mails of an issue were sent, failed for good and are pending, and why"
                    + " they failed, reason by reason.")
    static final class Status implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Mixin
        IssueOptions issue;

        @Override
        public Integer call() {
            try (HikariDataSource dataSource = database.open();
                    NetworkRuntime runtime = NetworkRuntime.builder()
                            .plugin(new JdbcPlugin(dataSource))
                            .build()) {
                MessageId message = issue.message();
                if (runtime.directory().message(message).isEmpty()) {
                    throw new NotFoundException("issue " + issue.number + " of network", issue.network);
                }
                Outcomes outcomes = Outcomes.of(runtime, message);
                java.io.PrintWriter out = spec.commandLine().getOut();
                out.println("issue " + issue.number + " of " + issue.network + ": " + outcomes.sent() + " sent, "
                        + outcomes.failed() + " failed, " + outcomes.pending() + " pending");
                outcomes.print(out);
                return ChemnetCli.OK;
            }
        }
    }

    /** The deliveries of an issue, counted by status, and the reasons of those that failed or wait to retry. */
    record Outcomes(long sent, long failed, long pending, java.util.SortedMap<String, Long> reasons) {
        /** Prints the reasons, one a line: how many, then the reason. */
        void print(java.io.PrintWriter out) {
            reasons.forEach((reason, count) -> out.println("  " + count + "\t" + reason));
        }

        static Outcomes of(NetworkRuntime runtime, MessageId message) {
            long sent = 0;
            long failed = 0;
            long pending = 0;
            java.util.SortedMap<String, Long> reasons = new java.util.TreeMap<>();
            PageRequest request = PageRequest.first(1_000);
            while (true) {
                Page<Delivery> page = runtime.directory().deliveries(message, request);
                for (Delivery d : page.items()) {
                    switch (d.status()) {
                        case SENT -> sent++;
                        case FAILED -> failed++;
                        case PENDING -> pending++;
                    }
                    d.lastError()
                            .ifPresent(e -> reasons.merge(
                                    (d.status() == DeliveryStatus.FAILED ? "failed: " : "pending, will retry: ") + e,
                                    1L,
                                    Long::sum));
                }
                if (page.next().isEmpty()) {
                    return new Outcomes(sent, failed, pending, reasons);
                }
                request = request.after(page.next().get());
            }
        }
    }
}
