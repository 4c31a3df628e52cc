package org.chemnet.network.benchmarks.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code chemnet_membership}. */
@Entity
@Table(name = "chemnet_membership")
public class MembershipEntity {
    @Id
    String id;

    @Column(name = "network_id")
    String network;

    @Column(name = "organization_id")
    String organization;

    @Column(name = "member_role")
    String role;

    @Column(name = "contact_id")
    String contact;

    @Column(name = "row_version")
    long version;

    LocalDate since;

    @Column(name = "open_key")
    String openKey;

    @Column(name = "current_status")
    String currentStatus;

    /** For Hibernate. */
    protected MembershipEntity() {}

    MembershipEntity(String id) {
        this.id = id;
    }
}
