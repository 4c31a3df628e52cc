package org.chemnet.network.benchmarks.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code chemnet_membership_status}. */
@Entity
@Table(name = "chemnet_membership_status")
public class StatusEntity {
    @EmbeddedId
    RowKey key;

    String status;

    @Column(name = "effective_on")
    LocalDate effectiveOn;

    String reason;

    /** For Hibernate. */
    protected StatusEntity() {}

    StatusEntity(RowKey key) {
        this.key = key;
    }
}
