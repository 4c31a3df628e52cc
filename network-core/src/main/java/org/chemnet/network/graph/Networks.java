package org.chemnet.network.graph;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.chemnet.network.NetworkRuntime;
import org.chemnet.network.kernel.ConcurrentUpdateException;
import org.chemnet.network.kernel.NetworkException;
import org.chemnet.network.kernel.NetworkId;
import org.chemnet.network.kernel.NotFoundException;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.Person;
import org.chemnet.network.organization.PersonId;
import org.chemnet.network.validation.NetworkValidationException;

/**
 * Registering networks, organizations and people, and reading whole networks back.
 *
 * <p>Get it from {@link NetworkRuntime#networks()}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface Networks {
    /**
     * Registers a whole network with everything in it, validated first: all or nothing. Organizations and persons
     * that are stored already (other networks hold them) must be equal to those given: the graph never changes them.
     *
     * @param graph the network
     * @return the graph as given; never null
     * @throws NetworkValidationException with every violation, if the graph is not valid or gives an organization or
     *     person that is stored with other values (rule {@code SharedOrganization}, with both values); nothing is
     *     stored then
     * @throws NetworkException if a network with its identifier is stored already
     */
    NetworkGraph register(NetworkGraph graph);

    /**
     * Imports a new network of any size, streaming: the reader hands the network and its records to the
     * {@link NetworkImport} in chunks, within one transaction, and each chunk is validated and stored as it comes, so
     * that memory holds a chunk, not the network. Codecs do the reading (as {@code NetworkJson.importInto} does); a
     * host may feed records of its own.
     *
     * <p>All or nothing: if the reader throws, or a record is refused and the options do not skip invalid records,
     * nothing is stored. Organizations and persons stored already are never changed unless the options ask for it.
     *
     * @param options how refused records and shared organizations are treated
     * @param reader reads the network into the import; it may throw to end the import without storing anything
     * @return what was stored and refused; never null
     * @throws NetworkValidationException if a record was refused and the options do not skip invalid records (with
     *     the first violations); nothing is stored then
     * @throws NetworkException if the reader gave no network, or one stored already
     * @throws ConcurrentUpdateException if another writer stored one of the import's new organizations or persons
     *     between the import's look at the store and its write (the import runs once: it may be long); nothing is
     *     stored then, and importing again keeps them if they are equal
     * @since 0.3.0
     */
    ImportSummary importNetwork(ImportOptions options, Consumer<NetworkImport> reader);

    /**
     * Changes a network or its membership policy: the change is applied to the network as stored, validated, and
     * stored with the version it was applied to. If another writer changes the network in between, the change is
     * applied again to what they stored, so that neither change is lost.
     *
     * @param id the network
     * @param change what to change; it may run more than once and must keep the identifier
     * @return the network as stored; never null
     * @throws NotFoundException if the network is not stored
     * @throws NetworkValidationException if the changed network is not valid; nothing is stored then
     * @throws IllegalArgumentException if the change returns another identifier
     * @throws ConcurrentUpdateException if other writers kept overtaking the change; nothing is stored then
     * @since 0.2.0
     */
    Network update(NetworkId id, UnaryOperator<Network> change);

    /**
     * Stores an organization, or replaces it as a whole, validated first. A replacement overwrites what any other
     * writer stored before it (last writer wins); to change part of an organization without losing what others
     * change at the same time, use {@link #update(OrganizationId, UnaryOperator)}.
     *
     * @param organization the organization
     * @return the organization; never null
     * @throws NetworkValidationException if it is not valid
     * @throws IllegalArgumentException if it replaces a stored organization with other former names or another day
     *     of dissolution: those change only through {@link NetworkRuntime#organizations()}, which records the change
     */
    Organization save(Organization organization);

    /**
     * Changes an organization: the change is applied to the organization as stored, validated, and stored with the
     * version it was applied to. If another writer changes the organization in between, the change is applied again
     * to what they stored, so that neither change is lost.
     *
     * @param id the organization
     * @param change what to change, such as {@code o -> o.toBuilder().website(url).build()}; it may run more than
     *     once and must keep the identifier
     * @return the organization as stored; never null
     * @throws NotFoundException if the organization is not stored
     * @throws NetworkValidationException if the changed organization is not valid; nothing is stored then
     * @throws IllegalArgumentException if the change returns another identifier, or changes the former names or the
     *     day of dissolution (those change only through {@link NetworkRuntime#organizations()})
     * @throws ConcurrentUpdateException if other writers kept overtaking the change; nothing is stored then
     * @since 0.2.0
     */
    Organization update(OrganizationId id, UnaryOperator<Organization> change);

    /**
     * Stores a person, or replaces them as a whole, validated first; last writer wins, as with
     * {@link #save(Organization)}.
     *
     * @param person the person
     * @return the person; never null
     * @throws NetworkValidationException if it is not valid
     */
    Person save(Person person);

    /**
     * Changes a person, as {@link #update(OrganizationId, UnaryOperator)} changes an organization.
     *
     * @param id the person
     * @param change what to change; it may run more than once and must keep the identifier
     * @return the person as stored; never null
     * @throws NotFoundException if the person is not stored
     * @throws NetworkValidationException if the changed person is not valid; nothing is stored then
     * @throws IllegalArgumentException if the change returns another identifier
     * @throws ConcurrentUpdateException if other writers kept overtaking the change; nothing is stored then
     * @since 0.2.0
     */
    Person update(PersonId id, UnaryOperator<Person> change);

    /**
     * Exports a network, streaming: the store is read section by section within one read-only transaction (one
     * consistent view) and each record handed to the export as it is read, so that memory holds a record, not the
     * network, and the number of statements does not grow with the network. The records come as
     * {@link NetworkExport} says, the same as {@link #graph(NetworkId)} would hold them.
     *
     * @param id the network
     * @param into where the records go; what it throws ends the export
     * @throws NotFoundException if the network is not stored
     * @since 0.3.0
     */
    void export(NetworkId id, NetworkExport into);

    /**
     * The identifiers of every stored network.
     *
     * @return the identifiers; never null
     */
    List<NetworkId> ids();

    /**
     * A network.
     *
     * @param id the network
     * @return the network, if stored; never null
     */
    Optional<Network> network(NetworkId id);

    /**
     * A whole network with everything that belongs to it.
     *
     * @param id the network
     * @return the graph, if stored; never null
     */
    Optional<NetworkGraph> graph(NetworkId id);
}
