package org.chemnet.network.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.chemnet.network.HeapProbe;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.RandomNetworks;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.governance.Board;
import org.chemnet.network.graph.Network;
import org.chemnet.network.json.ImportReport;
import org.chemnet.network.json.JsonOptions;
import org.chemnet.network.json.NetworkJson;
import org.chemnet.network.membership.Membership;
import org.chemnet.network.membership.MembershipId;
import org.chemnet.network.membership.MembershipRole;
import org.chemnet.network.membership.MembershipStatus;
import org.chemnet.network.membership.StatusChange;
import org.chemnet.network.organization.EnterpriseSize;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.chemnet.network.spi.NetworkStore;
import org.chemnet.network.spi.StoreTransaction;
import org.chemnet.network.validation.NetworkValidator;
import tools.jackson.core.JsonGenerator;

/**
 * Shows that the streaming importer works in a bounded heap: writes a network of N organizations (each with a
 * membership) to a file, record by record, then imports it with {@link NetworkJson#importInto} into a store that
 * counts records and keeps none, and prints the peak heap used. Run at {@code -Xmx256m}:
 *
 * <pre>{@code java -Xmx256m -cp benchmarks/target/benchmarks.jar org.chemnet.network.benchmarks.BoundedHeapImport 1000000}</pre>
 *
 * <p>The store keeps nothing so that what is measured is the importer's memory; a real store (H2 on disk,
 * PostgreSQL) keeps its rows outside the Java heap.
 */
public final class BoundedHeapImport {
    private BoundedHeapImport() {}

    /**
     * Runs the demonstration.
     *
     * @param args the number of organizations (default 1,000,000), then {@code invalid} to give every organization an
     *     unknown country, so that every record is refused and skipped, and the report must stay bounded
     * @throws IOException if the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean invalid = args.length > 1 && args[1].equals("invalid");
        Path file = Files.createTempFile("chemnet-bounded-heap", ".json");
        try (NetworkValidator validator = NetworkValidator.create()) {
            NetworkJson json = invalid
                    ? NetworkJson.create(validator, JsonOptions.defaults().skippingInvalidRecords())
                    : NetworkJson.create(validator);
            write(json, organizations, invalid ? "XX" : "JP", file);
            long size = Files.size(file);
            HeapProbe.resetPeaks();
            CountingStore store = new CountingStore();
            ImportReport report;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                    NetworkRuntime runtime = NetworkRuntime.builder()
                            .validator(validator)
                            .store(store)
                            .build()) {
                report = json.importInto(in, runtime);
            }
            System.out.printf(
                    "organizations=%d documentBytes=%d stored=%d skipped=%d problems=%d peakHeapUsedBytes=%d"
                            + " maxHeapBytes=%d%n",
                    organizations,
                    size,
                    report.stored(),
                    report.skipped().size(),
                    report.problemCount(),
                    HeapProbe.peakHeapUsed(),
                    Runtime.getRuntime().maxMemory());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the document record by record: the network of {@link RandomNetworks}, with N generated members. */
    static void write(NetworkJson json, int organizations, String country, Path file) throws IOException {
        Network network = RandomNetworks.graph(1, 0).network();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonGenerator g = json.mapper().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("format", "chemnet-network");
            g.writeNumberProperty("version", 1);
            g.writeName("network");
            json.mapper().writeValue(g, network);
            g.writeArrayPropertyStart("organizations");
            for (int i = 0; i < organizations; i++) {
                json.mapper()
                        .writeValue(
                                g,
                                Organization.builder(
                                                OrganizationId.of("org-" + i),
                                                LocalizedText.jaEn("試験化学株式会社 " + i, "Test Chemical Co. " + i),
                                                OrganizationType.ENTERPRISE)
                                        .country(country)
                                        .size(EnterpriseSize.SME)
                                        .website("https://org" + i + ".example")
                                        .build());
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("memberships");
            LocalDate day = LocalDate.of(2010, 1, 1);
            for (int i = 0; i < organizations; i++) {
                json.mapper()
                        .writeValue(
                                g,
                                new Membership(
                                        MembershipId.of("m-" + i),
                                        network.id(),
                                        OrganizationId.of("org-" + i),
                                        MembershipRole.PARTICIPANT,
                                        Optional.empty(),
                                        List.of(StatusChange.of(MembershipStatus.ACTIVE, day)),
                                        0));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** A store that counts what it is given and keeps nothing: reads answer as an empty store's would. */
    static final class CountingStore implements NetworkStore {
        long records;

        @Override
        public <T> T inTransaction(Function<StoreTransaction, T> work) {
            return work.apply(proxy(StoreTransaction.class));
        }

        private <P> P proxy(Class<P> port) {
            return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, this::answer));
        }

        private Object answer(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            String name = method.getName();
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getSimpleName().endsWith("Port")) {
                return proxy(type);
            }
            if (name.startsWith("save") || name.startsWith("insert")) {
                records++;
                return type == Membership.class ? ((Membership) args[0]).withVersion(1) : null;
            }
            if (type == Optional.class) {
                return Optional.empty();
            }
            if (type == List.class) {
                return List.of();
            }
            if (type == Board.class) {
                return Board.empty();
            }
            if (type == long.class) {
                return 0L;
            }
            return null;
        }
    }
}
