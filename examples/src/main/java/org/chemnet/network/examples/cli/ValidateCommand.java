package org.chemnet.network.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chemnet.network.json.CodecProblem;
import org.chemnet.network.json.JsonOptions;
import org.chemnet.network.json.NetworkJson;
import org.chemnet.network.validation.NetworkValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a network JSON file and prints every problem with its JSON Pointer. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks a network JSON file; prints every problem with its JSON Pointer. Exit 1 if any.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The network JSON file.")
    Path file;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the messages: en or ja.")
    String lang;

    @Override
    public Integer call() throws IOException {
        if (!lang.equals("en") && !lang.equals("ja")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be en or ja");
        }
        List<CodecProblem> problems;
        try (NetworkValidator validator = NetworkValidator.create();
                InputStream in = Files.newInputStream(file)) {
            NetworkJson json =
                    NetworkJson.create(validator, JsonOptions.defaults().locale(Locale.forLanguageTag(lang)));
            problems = json.check(in);
        }
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println(file + ": valid");
            return ChemnetCli.OK;
        }
        for (CodecProblem problem : problems) {
            spec.commandLine().getOut().println(file + ": " + problem);
        }
        spec.commandLine().getOut().println(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        return ChemnetCli.INVALID_INPUT;
    }
}
