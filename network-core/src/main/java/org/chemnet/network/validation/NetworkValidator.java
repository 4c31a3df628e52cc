package org.chemnet.network.validation;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorContext;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.chemnet.network.internal.ChemnetMessageInterpolator;
import org.chemnet.network.kernel.NetworkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates domain values, a single organization or a whole {@link org.chemnet.network.graph.NetworkGraph}, and returns
 * every violation at once, each with its property path, rule and message.
 *
 * <p>Messages come in the language asked for: the chemnet rules have English and Japanese messages; the standard
 * rules have whatever the Bean Validation provider ships (Hibernate Validator has both). Without a language, messages
 * are in English, whatever the machine's locale, so that logs and tests read the same everywhere.
 *
 * <p>A validator is thread-safe; build one and keep it. It needs a Jakarta Bean Validation provider on the class
 * path, such as Hibernate Validator 9 with Expressly.
 *
 * <p>Every property is validated and every cascade followed, whatever the factory's own traversable resolver says:
 * the model is plain immutable records, never lazily loaded entities. (Hibernate Validator otherwise asks JPA, when
 * it is on the class path, whether each property is loaded, and caches every answer; that made a whole network's
 * validation six times slower, see docs/benchmarks.md.)
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class NetworkValidator implements AutoCloseable {
    /** The language of messages when none is asked for. */
    public static final Locale DEFAULT_LOCALE = Locale.ENGLISH;

    private static final Comparator<Violation> ORDER =
            Comparator.comparing(Violation::path).thenComparing(Violation::rule).thenComparing(Violation::message);

    private static final Pattern CONTAINER_ELEMENT =
            Pattern.compile("\\.?<(list element|iterable element|map value|optional value)>");

    /** Everything is reachable and cascadable: the domain is plain records (see the class comment). */
    private static final TraversableResolver EVERYTHING_REACHABLE = new TraversableResolver() {
        @Override
        public boolean isReachable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType elementType) {
            return true;
        }
    };

    private static final Logger LOG = LoggerFactory.getLogger(NetworkValidator.class);
    private static final String RESULT_CACHE_SWITCH = "enableTraversableResolverResultCache";

    private final ValidatorFactory factory;
    private final boolean ownsFactory;
    private final Map<Locale, Validator> validators = new ConcurrentHashMap<>();

    private NetworkValidator(ValidatorFactory factory, boolean ownsFactory) {
        this.factory = factory;
        this.ownsFactory = ownsFactory;
    }

    /**
     * A validator over the default Bean Validation provider on the class path.
     *
     * @return the validator; never null
     * @throws NetworkException if no provider is on the class path
     */
    public static NetworkValidator create() {
        try {
            Configuration<?> configuration = Validation.byDefaultProvider().configure();
            return new NetworkValidator(configuration.buildValidatorFactory(), true);
        } catch (ValidationException e) {
            throw new NetworkException(
                    "No Jakarta Bean Validation provider could be started; add"
                            + " org.hibernate.validator:hibernate-validator and org.glassfish.expressly:expressly to"
                            + " the class path, or pass your own ValidatorFactory to NetworkValidator.using(...)",
                    e);
        }
    }

    /**
     * A validator over a factory the host already has, such as the one its framework configured. The factory stays
     * the host's: closing this validator does not close it.
     *
     * @param factory the host's factory
     * @return the validator; never null
     */
    public static NetworkValidator using(ValidatorFactory factory) {
        return new NetworkValidator(requireNonNull(factory, "factory"), false);
    }

    /**
     * Validates a value with English messages.
     *
     * @param value the value, such as a network graph
     * @return every violation, sorted by path; empty if valid; never null
     */
    public List<Violation> validate(Object value) {
        return validate(value, DEFAULT_LOCALE);
    }

    /**
     * Validates a value with messages in a language.
     *
     * @param value the value, such as a network graph
     * @param locale the language of the messages, such as {@link Locale#JAPANESE}
     * @return every violation, sorted by path; empty if valid; never null
     */
    public List<Violation> validate(Object value, Locale locale) {
        requireNonNull(value, "value");
        requireNonNull(locale, "locale");
        return validator(locale).validate(value).stream()
                .map(NetworkValidator::toViolation)
                .sorted(ORDER)
                .toList();
    }

    /**
     * Validates a value and throws if it is not valid.
     *
     * @param value the value
     * @param <T> its type
     * @return the value, if valid
     * @throws NetworkValidationException with every violation, in English, if not valid
     */
    public <T> T check(T value) {
        List<Violation> violations = validate(value);
        if (!violations.isEmpty()) {
            throw new NetworkValidationException(violations);
        }
        return value;
    }

    /** Closes the validator factory if this validator created it. */
    @Override
    public void close() {
        if (ownsFactory) {
            factory.close();
        }
    }

    private Validator validator(Locale locale) {
        return validators.computeIfAbsent(locale, l -> {
            ValidatorContext context = factory.usingContext()
                    .messageInterpolator(new ChemnetMessageInterpolator(factory.getMessageInterpolator(), l))
                    .traversableResolver(EVERYTHING_REACHABLE);
            withoutResolverCache(context);
            return context.getValidator();
        });
    }

    /**
     * Switches off Hibernate Validator's cache of traversable resolver answers, where the provider has one: it keeps
     * every answer of a validation in a map, which for a network of 100,000 organizations cost more than the
     * constraints themselves, and {@link #EVERYTHING_REACHABLE} answers at once anyway. Found by name on the
     * provider's public context interface, so that the core needs no provider on its compile path; other providers
     * are left as they are.
     */
    private static void withoutResolverCache(ValidatorContext context) {
        for (Class<?> c = context.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> type : c.getInterfaces()) {
                try {
                    type.getMethod(RESULT_CACHE_SWITCH, boolean.class).invoke(context, false);
                    return;
                } catch (NoSuchMethodException e) {
                    // not this interface
                } catch (ReflectiveOperationException | RuntimeException e) {
                    LOG.debug("Could not switch off the provider's traversable resolver cache", e);
                    return;
                }
            }
        }
    }

    private static Violation toViolation(ConstraintViolation<Object> violation) {
        String rule = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return new Violation(readablePath(violation.getPropertyPath().toString()), rule, violation.getMessage());
    }

    /**
     * Drops the names Bean Validation gives to container elements, so that {@code sectors[0].<list element>} reads
     * {@code sectors[0]} and {@code name.values[ja].<map value>} reads {@code name.values[ja]}.
     */
    static String readablePath(String path) {
        return CONTAINER_ELEMENT.matcher(path).replaceAll("");
    }
}
