package org.chemnet.network.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chemnet.network.json.ImportReport;
import org.chemnet.network.json.JsonOptions;
import org.chemnet.network.json.NetworkJson;
import org.chemnet.network.validation.NetworkValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a network JSON file into a database, streaming, all or nothing. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Imports a network JSON file into a database: all or nothing, any size.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The network JSON file.")
    Path file;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--skip-invalid", description = "Store the valid records and report the invalid ones.")
    boolean skipInvalid;

    @Override
    public Integer call() throws IOException {
        long size = Files.size(file);
        Progress progress = new Progress(spec.commandLine().getErr(), "importing");
        try (HikariDataSource dataSource = database.open();
                var runtime = DatabaseOptions.runtime(dataSource);
                NetworkValidator validator = NetworkValidator.create();
                InputStream in = counting(Files.newInputStream(file), size, progress)) {
            JsonOptions options =
                    skipInvalid ? JsonOptions.defaults().skippingInvalidRecords() : JsonOptions.defaults();
            ImportReport report = NetworkJson.create(validator, options).importInto(in, runtime);
            progress.done();
            spec.commandLine()
                    .getOut()
                    .println("imported network " + report.network() + ": " + report.stored() + " records stored");
            report.skipped().forEach(p -> spec.commandLine().getOut().println("skipped " + p));
            return report.skipped().isEmpty() ? ChemnetCli.OK : ChemnetCli.INVALID_INPUT;
        }
    }

    private static InputStream counting(InputStream in, long total, Progress progress) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    read += n;
                    progress.show(read, total);
                }
                return n;
            }
        };
    }
}
