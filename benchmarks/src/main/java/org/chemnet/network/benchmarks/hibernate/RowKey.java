package org.chemnet.network.benchmarks.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of the rows that belong to a membership: the membership and a sequence number. */
@Embeddable
public class RowKey implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "membership_id")
    String membership;

    int seq;

    /** For Hibernate. */
    protected RowKey() {}

    RowKey(String membership, int seq) {
        this.membership = membership;
        this.seq = seq;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowKey k && k.seq == seq && Objects.equals(k.membership, membership);
    }

    @Override
    public int hashCode() {
        return Objects.hash(membership, seq);
    }
}
