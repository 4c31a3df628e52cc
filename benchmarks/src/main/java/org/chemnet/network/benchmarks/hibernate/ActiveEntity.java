package org.chemnet.network.benchmarks.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code chemnet_membership_active}. */
@Entity
@Table(name = "chemnet_membership_active")
public class ActiveEntity {
    @EmbeddedId
    RowKey key;

    @Column(name = "network_id")
    String network;

    @Column(name = "organization_id")
    String organization;

    @Column(name = "member_role")
    String role;

    @Column(name = "start_on")
    LocalDate start;

    @Column(name = "end_on")
    LocalDate end;

    /** For Hibernate. */
    protected ActiveEntity() {}

    ActiveEntity(RowKey key) {
        this.key = key;
    }
}
