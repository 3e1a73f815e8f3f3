package com.judgmentday.systems;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names in the game's own sentences read once, whether the designer wrote "the" or not. */
class TitlesTest {
    @Test
    void aMachineNamedWithOrWithoutTheReadsOnce() {
        assertThat("cut free of " + Titles.the("the cog wheels")).isEqualTo("cut free of the cog wheels");
        assertThat("cut free of " + Titles.the("The cog wheels")).isEqualTo("cut free of The cog wheels");
        assertThat("cut free of " + Titles.the("gears")).isEqualTo("cut free of the gears");
        assertThat("cut free of " + Titles.the("theatre press")).isEqualTo("cut free of the theatre press");
    }

    @Test
    void aTitleStartsASentenceCapitalised() {
        assertThat(Titles.capital("the T-800")).isEqualTo("The T-800");
        assertThat(Titles.capital("")).isEmpty();
    }
}
