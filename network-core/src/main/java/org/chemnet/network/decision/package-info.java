/**
 * Board decisions in Popolo's vocabulary: a {@link org.chemnet.network.decision.Motion} put to a network's board
 * (for example, adopting an activity's programme), the {@link org.chemnet.network.decision.Vote}s of the seats
 * sitting on its day, the {@link org.chemnet.network.decision.Count}s of each option, and the dated
 * {@link org.chemnet.network.decision.Decision} (Popolo's vote event result) once quorum and majority from the
 * board's {@link org.chemnet.network.decision.BoardRules} are met. Use cases are in {@link
 * org.chemnet.network.decision.Decisions}.
 */
@NullMarked
package org.chemnet.network.decision;

import org.jspecify.annotations.NullMarked;
