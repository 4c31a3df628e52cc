package org.chemnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chemnet.network.change.ChangeEvent;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.membership.ParticipantQuery;
import org.chemnet.network.memory.InMemoryNetworkStore;
import org.chemnet.network.spi.NetworkCodec;
import org.chemnet.network.spi.NetworkPlugin;
import org.chemnet.network.spi.PluginContext;
import org.chemnet.network.validation.NetworkValidationException;
import org.chemnet.network.validation.NetworkValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkRuntimeTest {
    /** A plugin that ServiceLoader finds in these tests. */
    public static final class CodecPlugin implements NetworkPlugin {
        static final List<String> CLOSED = new ArrayList<>();

        @Override
        public String id() {
            return "test-codec";
        }

        @Override
        public void install(PluginContext context) {
            context.codec(new NamesCodec());
        }

        @Override
        public void close() {
            CLOSED.add(id());
        }
    }

    /** A second plugin claiming the same id. */
    public static final class SameIdPlugin implements NetworkPlugin {
        @Override
        public String id() {
            return "test-codec";
        }
    }

    /** Writes the network's name; enough to show a codec is reachable. */
    static final class NamesCodec implements NetworkCodec {
        @Override
        public String format() {
            return "names";
        }

        @Override
        public void write(NetworkGraph graph, OutputStream out) {
            try {
                out.write(graph.network().name().toString().getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new NetworkException("write failed", e);
            }
        }

        @Override
        public NetworkGraph read(InputStream in) {
            throw new NetworkException("the names format cannot be read back");
        }
    }

    @Test
    void worksWithNothingConfigured() {
        try (NetworkRuntime runtime = NetworkRuntime.builder().build()) {
            runtime.networks().register(TestData.graph());
            assertThat(runtime.networks().ids()).containsExactly(TestData.NETWORK);
            assertThat(runtime.networks().network(TestData.NETWORK)).contains(TestData.network());
            assertThat(runtime.participation().countOn(ParticipantQuery.of(TestData.NETWORK, TestData.DAY)))
                    .isEqualTo(1);
            assertThat(runtime.plugins()).isEmpty();
            assertThat(runtime.codec("json")).isEmpty();
        }
    }

    @Test
    void twoRuntimesShareNothing() {
        try (NetworkRuntime a = NetworkRuntime.builder().build();
                NetworkRuntime b = NetworkRuntime.builder().build()) {
            a.networks().register(TestData.graph());
            assertThat(b.networks().ids()).isEmpty();
        }
    }

    @Test
    void registeringValidatesTheWholeGraphAndStoresNothingWhenInvalid() {
        try (NetworkRuntime runtime = NetworkRuntime.builder().build()) {
            NetworkGraph broken = TestData.graph().toBuilder()
                    .organizations(TestData.member().toBuilder().country("jp").build())
                    .build();
            assertThatThrownBy(() -> runtime.networks().register(broken))
                    .isInstanceOfSatisfying(NetworkValidationException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.path())
                            .containsExactly("organizations[2].country", "organizations[2].id"));
            assertThat(runtime.networks().ids()).isEmpty();
            runtime.networks().register(TestData.graph());
            assertThatThrownBy(() -> runtime.networks().register(TestData.graph()))
                    .isInstanceOf(NetworkException.class)
                    .hasMessage("network 'test-network' is registered already");
            assertThatThrownBy(() -> runtime.networks()
                            .save(TestData.member().toBuilder().website("x").build()))
                    .isInstanceOf(NetworkValidationException.class);
        }
    }

    @Test
    void findsPluginsWithServiceLoaderAndClosesThem(@TempDir Path dir) throws Exception {
        ClassLoader loader = loaderWithServices(dir, CodecPlugin.class);
        CodecPlugin.CLOSED.clear();
        try (NetworkRuntime runtime =
                NetworkRuntime.builder().discoverPlugins(loader).build()) {
            assertThat(runtime.plugins()).extracting(NetworkPlugin::id).containsExactly("test-codec");
            NetworkCodec codec = runtime.codec("names").orElseThrow();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            codec.write(TestData.graph(), out);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Test Network");
        }
        assertThat(CodecPlugin.CLOSED).containsExactly("test-codec");
    }

    @Test
    void refusesTwoPluginsWithOneId(@TempDir Path dir) throws Exception {
        ClassLoader loader = loaderWithServices(dir, CodecPlugin.class, SameIdPlugin.class);
        assertThatThrownBy(() -> NetworkRuntime.builder().discoverPlugins(loader))
                .isInstanceOf(NetworkException.class)
                .hasMessage("two plugins claim the id 'test-codec': " + CodecPlugin.class.getName() + " and "
                        + SameIdPlugin.class.getName() + "; a plugin id must be unique in a runtime");
        assertThatThrownBy(
                        () -> NetworkRuntime.builder().plugin(new CodecPlugin()).plugin(new SameIdPlugin()))
                .isInstanceOf(NetworkException.class);
    }

    @Test
    void refusesTwoStoresNamingBoth() {
        NetworkPlugin storePlugin = new NetworkPlugin() {
            @Override
            public String id() {
                return "store-plugin";
            }

            @Override
            public void install(PluginContext context) {
                context.store(new InMemoryNetworkStore());
            }
        };
        assertThatThrownBy(() -> NetworkRuntime.builder()
                        .store(new InMemoryNetworkStore())
                        .plugin(storePlugin))
                .isInstanceOf(NetworkException.class)
                .hasMessage("a store was set twice, by NetworkRuntimeBuilder.store(...) and by plugin 'store-plugin';"
                        + " set it once, or leave one of them out");
        assertThatThrownBy(
                        () -> NetworkRuntime.builder().codec(new NamesCodec()).codec(new NamesCodec()))
                .hasMessageContaining("a codec for format 'names' was set twice");
    }

    @Test
    void aFailingListenerNeitherUndoesTheChangeNorSilencesTheOthers() {
        RecordingListener after = new RecordingListener();
        try (NetworkRuntime runtime = NetworkRuntime.builder()
                .listener(e -> {
                    throw new IllegalStateException("listener bug");
                })
                .listener(after)
                .build()) {
            runtime.networks().register(TestData.graph());
            assertThat(after.events()).containsExactly(new ChangeEvent.NetworkRegistered(TestData.NETWORK));
            assertThat(runtime.networks().ids()).containsExactly(TestData.NETWORK);
        }
    }

    @Test
    void usesTheHostsValidatorAndLeavesItOpen() {
        try (NetworkValidator validator = NetworkValidator.create()) {
            try (NetworkRuntime runtime =
                    NetworkRuntime.builder().validator(validator).build()) {
                assertThat(runtime.validator()).isSameAs(validator);
            }
            assertThat(validator.validate(TestData.member())).isEmpty();
        }
    }

    @Test
    void exportsAWholeNetwork() {
        try (NetworkRuntime runtime = NetworkRuntime.builder().build()) {
            runtime.networks().register(TestData.graph());
            Optional<NetworkGraph> graph = runtime.networks().graph(TestData.NETWORK);
            assertThat(graph).hasValueSatisfying(g -> {
                assertThat(g.network()).isEqualTo(TestData.network());
                assertThat(g.organizations()).hasSize(2);
            });
            assertThat(runtime.networks().graph(NetworkId.of("none"))).isEmpty();
            assertThat(runtime.events().events(TestData.NETWORK)).hasSize(1);
            assertThat(runtime.governance()
                            .boardOn(TestData.NETWORK, LocalDate.of(2020, 1, 1))
                            .seats())
                    .hasSize(1);
        }
    }

    private static ClassLoader loaderWithServices(Path dir, Class<?>... plugins) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        StringBuilder lines = new StringBuilder();
        for (Class<?> plugin : plugins) {
            lines.append(plugin.getName()).append('\n');
        }
        Files.writeString(services.resolve(NetworkPlugin.class.getName()), lines);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, NetworkRuntimeTest.class.getClassLoader());
    }
}
