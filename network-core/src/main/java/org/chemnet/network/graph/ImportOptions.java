package org.chemnet.network.graph;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;
import org.chemnet.network.validation.NetworkValidator;

/**
 * How {@link Networks#importNetwork(ImportOptions, java.util.function.Consumer)} treats records it refuses and
 * organizations other networks hold.
 *
 * @param skipInvalidRecords false (the default) to store nothing if any record is refused; true to store the records
 *     that pass and report those refused
 * @param updateSharedOrganizations false (the default) to refuse an organization or person that is stored already
 *     with other values, naming both; true to update the stored one to the imported values (keeping its former
 *     names and day of dissolution, which change only through {@code runtime.organizations()}), as a dated change
 *     recorded in its history ({@link org.chemnet.network.organization.OrganizationChangeKind#UPDATED}) and told
 *     ({@link org.chemnet.network.change.ChangeEvent.OrganizationChanged},
 *     {@link org.chemnet.network.change.ChangeEvent.OrganizationChangeRecorded})
 * @param locale the language of the violations' messages
 * @since 0.3.0
 */
@API(status = STABLE, since = "0.3.0")
public record ImportOptions(boolean skipInvalidRecords, boolean updateSharedOrganizations, Locale locale) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if the locale is null
     */
    public ImportOptions {
        requireNonNull(locale, "locale");
    }

    /**
     * All or nothing, shared organizations kept as they are, messages in English.
     *
     * @return the defaults; never null
     */
    public static ImportOptions defaults() {
        return new ImportOptions(false, false, NetworkValidator.DEFAULT_LOCALE);
    }

    /**
     * These options, storing the records that pass and reporting those refused.
     *
     * @return the options; never null
     */
    public ImportOptions skippingInvalidRecords() {
        return new ImportOptions(true, updateSharedOrganizations, locale);
    }

    /**
     * These options, updating organizations and persons that are stored with other values.
     *
     * @return the options; never null
     */
    public ImportOptions updatingSharedOrganizations() {
        return new ImportOptions(skipInvalidRecords, true, locale);
    }

    /**
     * These options, with messages in another language.
     *
     * @param language the language
     * @return the options; never null
     */
    public ImportOptions inLanguage(Locale language) {
        return new ImportOptions(skipInvalidRecords, updateSharedOrganizations, language);
    }
}
