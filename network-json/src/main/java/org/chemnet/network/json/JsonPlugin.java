package org.chemnet.network.json;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.chemnet.network.spi.NetworkPlugin;
import org.chemnet.network.spi.PluginContext;
import org.chemnet.network.validation.NetworkValidator;

/**
 * Contributes the JSON codecs: the native format ({@code json}) and Popolo ({@code popolo}). It has a no-argument
 * constructor and is declared for {@link java.util.ServiceLoader}, so {@code discoverPlugins()} finds it.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class JsonPlugin implements NetworkPlugin {
    private NetworkValidator validator;

    /** Creates the plugin with a validator of its own, closed with the runtime. */
    public JsonPlugin() {}

    @Override
    public String id() {
        return "chemnet-json";
    }

    @Override
    public void install(PluginContext context) {
        validator = NetworkValidator.create();
        NetworkJson json = NetworkJson.create(validator);
        context.codec(new JsonCodec(json));
        context.codec(new PopoloCodec(json));
    }

    @Override
    public void close() {
        if (validator != null) {
            validator.close();
        }
    }
}
