package org.chemnet.network.benchmarks.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code chemnet_organization}. */
@Entity
@Table(name = "chemnet_organization")
public class OrganizationEntity {
    @Id
    String id;

    String name;

    @Column(name = "other_names")
    String otherNames;

    String acronym;

    @Column(name = "org_type")
    String type;

    String community;
    String country;
    String website;

    @Column(name = "enterprise_size")
    String size;

    @Column(name = "supply_chain")
    String supplyChain;

    String sectors;
    String identifiers;

    @Column(name = "contact_details")
    String contactDetails;

    @Column(name = "former_names")
    String formerNames;

    @Column(name = "dissolved_on")
    java.time.LocalDate dissolved;

    @Column(name = "search_text")
    String searchText;

    /** For Hibernate. */
    protected OrganizationEntity() {}

    OrganizationEntity(String id) {
        this.id = id;
    }
}
