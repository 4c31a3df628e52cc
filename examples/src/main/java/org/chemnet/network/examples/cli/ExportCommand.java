package org.chemnet.network.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chemnet.network.kernel.NetworkId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports a network from a database as JSON, native or Popolo, streamed from the store a record at a time. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports a network as JSON.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--network", required = true, paramLabel = "ID", description = "The network's identifier.")
    String network;

    @Option(names = "--format", defaultValue = "native", description = "native (the chemnet format) or popolo.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write; standard output if left out.")
    Optional<Path> out;

    @Override
    public Integer call() throws IOException {
        try (HikariDataSource dataSource = database.open();
                var runtime = DatabaseOptions.runtime(dataSource)) {
            NetworkId id = NetworkId.of(network);
            String codecName =
                    switch (format) {
                        case "native" -> "json";
                        case "popolo" -> "popolo";
                        default ->
                            throw new picocli.CommandLine.ParameterException(
                                    spec.commandLine(), "--format must be native or popolo, but was '" + format + "'");
                    };
            var codec = runtime.codec(codecName).orElseThrow();
            if (out.isPresent()) {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out.get()), 1 << 16)) {
                    runtime.networks().export(id, codec.writer(stream));
                }
                spec.commandLine().getErr().println("wrote " + out.get().toAbsolutePath());
            } else {
                OutputStream stdout = new WriterStream(spec.commandLine().getOut());
                runtime.networks().export(id, codec.writer(stdout));
                stdout.close();
                spec.commandLine().getOut().println();
            }
            return ChemnetCli.OK;
        }
    }
}
