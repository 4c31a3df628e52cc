package org.chemnet.network.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.chemnet.network.common.LocalizedText;
import org.chemnet.network.organization.Organization;
import org.chemnet.network.organization.OrganizationId;
import org.chemnet.network.organization.OrganizationType;
import org.junit.jupiter.api.Test;

class SearchTextTest {
    @Test
    void foldsCaseFullyAndCollapsesWhiteSpace() {
        assertThat(SearchText.normalize("  Test\tCHEMICAL \n Co.  ")).isEqualTo("test chemical co.");
        assertThat(SearchText.normalize("STRASSE")).isEqualTo(SearchText.normalize("straße"));
        assertThat(SearchText.normalize("ΟΔΟΣ"))
                .isEqualTo(SearchText.normalize("οδος"))
                .isEqualTo("οδοσ");
        assertThat(SearchText.normalize("İstanbul")).isEqualTo("istanbul");
    }

    @Test
    void makesFullAndHalfWidthFormsTheirUsualOnes() {
        assertThat(SearchText.normalize("ＡＢＣ　Ｌｔｄ．")).isEqualTo("abc ltd.");
        assertThat(SearchText.normalize("ｶﾀｶﾅ")).isEqualTo("カタカナ");
        assertThat(SearchText.normalize("ｶﾞｽ")).isEqualTo("ガス");
        assertThat(SearchText.normalize("㈱化学")).isEqualTo("(株)化学");
        assertThat(SearchText.normalize("ﬁne")).isEqualTo("fine");
    }

    @Test
    void dropsAccentsOfLatinGreekAndCyrillicLettersOnly() {
        assertThat(SearchText.normalize("Société Française")).isEqualTo("societe francaise");
        assertThat(SearchText.normalize("Nguyễn")).isEqualTo("nguyen");
        assertThat(SearchText.normalize("Ελληνική")).isEqualTo("ελληνικη");
        assertThat(SearchText.normalize("Объединённая")).isEqualTo("объединенная");
        assertThat(SearchText.normalize("ガス")).isEqualTo("ガス").isNotEqualTo(SearchText.normalize("カス"));
        assertThat(SearchText.normalize("パン")).isNotEqualTo(SearchText.normalize("ハン"));
        // A voicing mark written apart from its kana is composed with it, never dropped.
        assertThat(SearchText.normalize("カ\u3099ス")).isEqualTo("ガス");
    }

    @Test
    void aTextOfSpaceOrMarksAloneIsEmpty() {
        assertThat(SearchText.normalize(" \t\u3000 ")).isEmpty();
        assertThat(SearchText.normalize("\u0301")).isEmpty();
        assertThat(SearchText.normalize("")).isEmpty();
    }

    @Test
    void neverHoldsTheSeparator() {
        assertThat(SearchText.normalize("a\nb\u2028c\u0085d"))
                .doesNotContain("\n")
                .isEqualTo("a b c d");
    }

    @Test
    void anOrganizationIsSearchedByItsNamesInEveryLanguageItsOtherNamesAndAcronymEachOnce() {
        Organization o = Organization.builder(
                        OrganizationId.of("o"),
                        new LocalizedText(Map.of("ja", "試験化学", "en", "Shiken Chemical", "fr", "Shiken Chemical")),
                        OrganizationType.ENTERPRISE)
                .otherNames("Former Name", "")
                .acronym("SCC")
                .build();

        assertThat(SearchText.of(o)).isEqualTo("shiken chemical\n試験化学\nformer name\nscc");
        assertThat(SearchText.matches(SearchText.of(o), SearchText.normalize("化学")))
                .isTrue();
        assertThat(SearchText.matches(SearchText.of(o), SearchText.normalize("chemical former")))
                .isFalse();
    }
}
