package org.chemnet.network.examples.usage;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.examples.seed.JapanNetwork;
import org.chemnet.network.membership.Application;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.spi.NetworkPlugin;
import org.chemnet.network.spi.PluginContext;

/**
 * Writes a plugin: an audit trail that hears of every change after it is stored. A plugin's hooks all do nothing by
 * default; this one only adds a listener. Register it explicitly, or declare it in
 * {@code META-INF/services/org.chemnet.network.spi.NetworkPlugin} for {@code discoverPlugins()}.
 */
public final class WriteAPlugin {
    private WriteAPlugin() {}

    /** An audit trail of applications and decisions. */
    public static final class AuditPlugin implements NetworkPlugin {
        private final PrintStream out;

        /**
         * Creates the plugin.
         *
         * @param out where the trail goes
         */
        public AuditPlugin(PrintStream out) {
            this.out = out;
        }

        @Override
        public String id() {
            return "example-audit";
        }

        @Override
        public void install(PluginContext context) {
            context.listener(event -> {
                if (event instanceof ChangeEvent.ApplicationReceived received) {
                    out.println("audit: application of " + received.membership().organization());
                } else if (event instanceof ChangeEvent.ParticipationApproved approved) {
                    out.println("audit: " + approved.membership().organization() + " approved");
                }
            });
        }
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        try (NetworkRuntime runtime =
                NetworkRuntime.builder().plugin(new AuditPlugin(out)).build()) {
            runtime.networks().register(JapanNetwork.graph());
            runtime.networks().save(JapanNetwork.oecc());
            Membership m = runtime.participation()
                    .apply(Application.of(
                            JapanNetwork.ID, JapanNetwork.OECC, Optional.empty(), LocalDate.of(2021, 4, 1)));
            runtime.participation().approve(m.id(), LocalDate.of(2021, 4, 2));
        }
    }
}
