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
import org.chemnet.network.activity.Activity;
import org.chemnet.network.activity.Newsletter;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.jdbc.JdbcPlugin;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.kernel.Page;
import org.chemnet.network.kernel.PageRequest;
import org.chemnet.network.mail.MailConfig;
import org.chemnet.network.mail.MailPlugin;
import org.chemnet.network.newsletter.Delivery;
import org.chemnet.network.newsletter.DeliveryStatus;
import org.chemnet.network.newsletter.DispatchReport;
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
        subcommands = NewsletterCommand.Send.class)
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

        @Option(names = "--network", required = true, paramLabel = "ID", description = "The network's identifier.")
        String network;

        @Option(names = "--smtp", required = true, paramLabel = "HOST:PORT", description = "The SMTP server.")
        String smtp;

        @Option(names = "--from", required = true, paramLabel = "ADDRESS", description = "The sender address.")
        String from;

        @Option(names = "--number", required = true, paramLabel = "N", description = "The issue number.")
        int number;

        @Option(names = "--subject", required = true, paramLabel = "TEXT", description = "The subject.")
        String subject;

        @Option(names = "--body", required = true, paramLabel = "FILE", description = "A UTF-8 file with the body.")
        Path body;

        @Option(names = "--lang", defaultValue = "en", description = "The language of subject and body.")
        String lang;

        @Option(names = "--topic", paramLabel = "TOPIC", description = "A topic of the issue; general if none.")
        List<String> topics = List.of();

        @Override
        public Integer call() throws IOException {
            int colon = smtp.lastIndexOf(':');
            if (colon <= 0) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--smtp must be HOST:PORT, but was '" + smtp + "'");
            }
            MailConfig mail = MailConfig.builder(
                            smtp.substring(0, colon), Integer.parseInt(smtp.substring(colon + 1)), from)
                    .build();
            String text = Files.readString(body, StandardCharsets.UTF_8);
            try (HikariDataSource dataSource = database.open();
                    NetworkRuntime runtime = NetworkRuntime.builder()
                            .plugin(new JdbcPlugin(dataSource))
                            .plugin(new MailPlugin(mail))
                            .build()) {
                NetworkId id = NetworkId.of(network);
                Activity newsletter = runtime.directory().activities(id).stream()
                        .filter(a -> a instanceof Newsletter)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("newsletter activity of network", network));
                MessageId message = MessageId.of(network + "-newsletter-" + number);
                int recipients = runtime.newsletters()
                        .issue(new NewsletterIssue(
                                message,
                                newsletter.id(),
                                number,
                                LocalDate.now(java.time.ZoneOffset.UTC),
                                Set.copyOf(topics),
                                LocalizedText.of(lang, subject),
                                LocalizedText.of(lang, text)));
                DispatchReport report = runtime.newsletters().deliverPending();
                long pending = 0;
                PageRequest request = PageRequest.first(1_000);
                while (true) {
                    Page<Delivery> page = runtime.directory().deliveries(message, request);
                    pending += page.items().stream()
                            .filter(d -> d.status() == DeliveryStatus.PENDING)
                            .count();
                    if (page.next().isEmpty()) {
                        break;
                    }
                    request = request.after(page.next().get());
                }
                spec.commandLine()
                        .getOut()
                        .println("issue " + number + " to " + recipients + " subscribers: " + report.sent()
                                + " delivered, " + report.failed() + " failed, " + pending + " pending");
                return report.failed() == 0 && pending == 0 ? ChemnetCli.OK : ChemnetCli.INVALID_INPUT;
            }
        }
    }
}
