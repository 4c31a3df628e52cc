package org.chemnet.network.declaration;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.event.EventId;

/**
 * A text adopted at an event on a date, with its goals, guidelines and principles, and the organizations that
 * endorse it, such as the 2016 Summit Declaration of CHEMSS2016.
 *
 * @param id the identifier; never null
 * @param title the title; never null
 * @param adoptedAt the event where it was adopted; never null
 * @param adoptedOn the day it was adopted, one of the event's days; never null
 * @param summary what it says, in short; never null
 * @param goals its goals; never null
 * @param guidelines its guidelines; never null
 * @param principles its principles; never null
 * @param endorsements the organizations' endorsements, past and present; never null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Declaration(
        DeclarationId id,
        @Valid LocalizedText title,
        EventId adoptedAt,
        LocalDate adoptedOn,
        Optional<@Valid LocalizedText> summary,
        List<@Valid LocalizedText> goals,
        List<@Valid LocalizedText> guidelines,
        List<@Valid LocalizedText> principles,
        List<@Valid Endorsement> endorsements) {
    /**
     * Creates a declaration.
     *
     * @throws NullPointerException if a component is null or a list holds null
     */
    public Declaration {
        requireNonNull(id, "id");
        requireNonNull(title, "title");
        requireNonNull(adoptedAt, "adoptedAt");
        requireNonNull(adoptedOn, "adoptedOn");
        requireNonNull(summary, "summary");
        goals = List.copyOf(goals);
        guidelines = List.copyOf(guidelines);
        principles = List.copyOf(principles);
        endorsements = List.copyOf(endorsements);
    }

    /**
     * The endorsements that stood on a day.
     *
     * @param day the day
     * @return the endorsements covering the day; never null
     */
    public List<Endorsement> endorsementsOn(LocalDate day) {
        return endorsements.stream().filter(e -> e.covers(day)).toList();
    }

    /**
     * This declaration with its endorsements replaced.
     *
     * @param newEndorsements the endorsements
     * @return a new declaration; never null
     */
    public Declaration withEndorsements(List<Endorsement> newEndorsements) {
        return new Declaration(
                id, title, adoptedAt, adoptedOn, summary, goals, guidelines, principles, newEndorsements);
    }
}
