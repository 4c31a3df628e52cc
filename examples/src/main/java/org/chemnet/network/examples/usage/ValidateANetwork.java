package org.chemnet.network.examples.usage;

import java.io.PrintStream;
import java.util.Locale;
import org.chemnet.network.examples.seed.ChemSecNetwork;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.validation.NetworkValidator;
import org.chemnet.network.validation.Violation;

/**
 * Validates values and prints every violation, in English and Japanese: one organization here; a whole {@link
 * NetworkGraph} the same way, with paths such as {@code organizations[3].country}.
 */
public final class ValidateANetwork {
    private ValidateANetwork() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Organization chemsec = ChemSecNetwork.chemsec().toBuilder()
                .country("Sweden")
                .website("chemsec.org")
                .build();
        try (NetworkValidator validator = NetworkValidator.create()) {
            out.println("the seed network is valid: "
                    + validator.validate(ChemSecNetwork.graph()).isEmpty());
            for (Violation v : validator.validate(chemsec)) {
                out.println(v);
            }
            for (Violation v : validator.validate(chemsec, Locale.JAPANESE)) {
                out.println(v);
            }
        }
    }
}
