package org.chemnet.network.examples.directory;

import java.time.LocalDate;
import org.chemnet.network.organization.OrganizationType;

/** The words of the directory page, in Japanese or English. */
record Labels(boolean japanese) {
    static Labels of(String language) {
        if (!language.equals("ja") && !language.equals("en")) {
            throw new IllegalArgumentException("language must be ja or en, but was '" + language + "'");
        }
        return new Labels(language.equals("ja"));
    }

    String directory() {
        return japanese ? "参加団体一覧" : "Participating organizations";
    }

    String asOf(LocalDate day) {
        return japanese ? day + " 現在の参加団体数:" : "Participating organizations as of " + day + ":";
    }

    String organizations() {
        return japanese ? "団体" : "organizations";
    }

    String participants() {
        return japanese ? "参加団体" : "Participants";
    }

    /** The line under the lists for the participants that did not consent to be listed. */
    String notListed(long count) {
        return japanese
                ? "このほか" + count + "団体が参加しています（掲載の同意がないため、名称は掲載していません）。"
                : count + (count == 1 ? " more participant is" : " more participants are")
                        + " not listed by name, as they have not consented to be listed.";
    }

    String growth() {
        return japanese ? "参加団体数の推移" : "Participants over time";
    }

    String chartDescription(LocalDate first, LocalDate last, long max) {
        return japanese
                ? first.getYear() + "年から" + last + "までの月末ごとの参加団体数（最大 " + max + "）"
                : "Participating organizations at the end of each month from " + first.getYear() + " to " + last
                        + " (at most " + max + ")";
    }

    String organization() {
        return japanese ? "団体" : "Organization";
    }

    String role() {
        return japanese ? "役割" : "Role";
    }

    String term() {
        return japanese ? "任期" : "Term";
    }

    String chair() {
        return japanese ? "委員長" : "Chair";
    }

    String member() {
        return japanese ? "委員" : "Member";
    }

    String hostedBy() {
        return japanese ? "事務局設置団体:" : "Hosted by";
    }

    String type(OrganizationType type) {
        return switch (type) {
            case ENTERPRISE -> japanese ? "企業" : "Enterprises";
            case INDUSTRY_ASSOCIATION -> japanese ? "業界団体" : "Industry associations";
            case RESEARCH_INSTITUTION -> japanese ? "研究機関" : "Research institutions";
            case ACADEMIA -> japanese ? "大学・学術機関" : "Academia";
            case NGO -> "NGO";
            case NPO -> "NPO";
            case GOVERNMENT_BODY -> japanese ? "行政機関" : "Government bodies";
            case INTERNATIONAL_ORGANIZATION -> japanese ? "国際機関" : "International organizations";
            case OTHER -> japanese ? "その他" : "Other";
        };
    }
}
