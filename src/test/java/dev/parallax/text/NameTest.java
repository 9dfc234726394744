package dev.parallax.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A name as words to compare: core words, middle initials and a generational suffix, each on its own. */
class NameTest {

    @Test
    void aMiddleInitialAndASuffixAreKeptApartFromTheCoreWords() {
        Name name = Name.of("Roland L. Butler Jr.");

        assertThat(name.core()).containsExactly("roland", "butler");
        assertThat(name.initials()).containsExactly("l");
        assertThat(name.suffix()).isEqualTo("jr");
        assertThat(name.hasSuffix()).isTrue();
    }

    @Test
    void aNameWithoutSuffixHasNone() {
        assertThat(Name.of("Roland Butler").hasSuffix()).isFalse();
    }

    @Test
    void dotsAndCaseAreLeftOut() {
        assertThat(Name.of("J.D. Vance").core()).isEqualTo(Name.of("JD VANCE").core()).containsExactly("jd", "vance");
    }

    @Test
    void aPossessiveIsNotPartOfTheName() {
        assertThat(Name.of("Moore’s").core()).containsExactly("moore");
        assertThat(Name.of("Biden's").core()).containsExactly("biden");
        assertThat(Name.of("Brawner Builders’").core()).containsExactly("brawner", "builders");
    }

    @Test
    void theTextIsKeptAsWrittenWithoutSurroundingSpace() {
        assertThat(Name.of("  Roland L. Butler Jr. ").text()).isEqualTo("Roland L. Butler Jr.");
    }

    @Test
    void theSurnameIsTheLastCoreWord() {
        assertThat(Name.of("Roland L. Butler Jr.").last()).isEqualTo("butler");
        assertThat(Name.of("Charles de Gaulle").last()).isEqualTo("gaulle");
    }

    @Test
    void anOrganisationsAcronymLeavesOutTheWordsThatConnect() {
        assertThat(Name.of("National Transportation Safety Board").acronym()).isEqualTo("ntsb");
        assertThat(Name.of("Bureau of Alcohol and Tobacco").acronym()).isEqualTo("bat");
    }

    @Test
    void anAcronymIsOneWordOfTwoToSixCapitals() {
        assertThat(Name.of("NTSB").isAcronym()).isTrue();
        assertThat(Name.of("ATACMS").isAcronym()).isTrue();
        assertThat(Name.of("Nasa").isAcronym()).isFalse();
        assertThat(Name.of("I").isAcronym()).isFalse();
        assertThat(Name.of("National Guard").isAcronym()).isFalse();
    }

    @Test
    void aSingleWordNameIsSingle() {
        assertThat(Name.of("Zelensky").isSingleWord()).isTrue();
        assertThat(Name.of("Volodymyr Zelensky").isSingleWord()).isFalse();
    }

    @Test
    void blankOrPunctuationOnlyTextHasNoCoreWords() {
        assertThat(Name.of("   ").core()).isEmpty();
        assertThat(Name.of(". , ’s").core()).isEmpty();
    }
}
