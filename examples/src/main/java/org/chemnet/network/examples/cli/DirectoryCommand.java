package org.chemnet.network.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chemnet.network.examples.directory.DirectoryPage;
import org.chemnet.network.kernel.NetworkId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a network's public directory page as of a day. */
@Command(
        name = "directory",
        mixinStandardHelpOptions = true,
        description = "Writes a network's public directory page as of a day: one self-contained HTML file.")
final class DirectoryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--network", required = true, paramLabel = "ID", description = "The network's identifier.")
    String network;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day, such as 2020-03-09; today if left out.")
    LocalDate asOf;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the page: ja or en.")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the page in.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!lang.equals("en") && !lang.equals("ja")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be ja or en");
        }
        LocalDate day = asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : asOf;
        try (HikariDataSource dataSource = database.open();
                var runtime = DatabaseOptions.runtime(dataSource)) {
            Files.createDirectories(out);
            Path file = out.resolve(network + "-" + day + "." + lang + ".html");
            try (java.io.Writer html = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new DirectoryPage(runtime).write(NetworkId.of(network), day, lang, html);
            }
            spec.commandLine().getOut().println("wrote " + file.toAbsolutePath());
            return ChemnetCli.OK;
        }
    }
}
