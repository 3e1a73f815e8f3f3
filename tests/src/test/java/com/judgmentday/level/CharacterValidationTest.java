package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Playable characters are data: the validator takes a player-spawn or character object only as a character
 * tuning.json marks playable, each once, and a control step only naming someone the map has, with a did-you-mean.
 */
class CharacterValidationTest {
    @TempDir
    Path dir;

    private List<String> problems(String player, String objects) throws Exception {
        Array<Problem> found = new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("v.tmx",
                TestMaps.map("", "", TestMaps.GROUND + player + TestMaps.EXIT + objects))).problems;
        List<String> lines = new ArrayList<>();
        for (Problem problem : found) {
            lines.add(problem.toString().substring(dir.toString().length() + 1));
        }
        return lines;
    }

    private List<String> with(String objects) throws Exception {
        return problems(TestMaps.PLAYER, objects);
    }

    private static String character(int id, String name, String who) {
        return "<object id=\"" + id + "\" name=\"" + name + "\" type=\"character\" x=\"320\" y=\"288\"><properties>"
                + "<property name=\"character\" value=\"" + who + "\"/></properties><point/></object>\n";
    }

    private static String beat(String steps) {
        return "<object id=\"9\" type=\"beat\" x=\"64\" y=\"32\"><properties><property name=\"steps\" value=\"" + steps
                + "\"/></properties><point/></object>\n";
    }

    @Test
    void aPlacedSarahCanBeSwitchedToByHerNameOrHerId() throws Exception {
        assertThat(with(character(5, "Sarah in the mill", "sarah") + beat("control Sarah in the mill"))).isEmpty();
        assertThat(with(character(5, "Sarah in the mill", "sarah") + beat("control sarah"))).isEmpty();
        assertThat(with(character(5, "", "sarah") + beat("control t800"))).as("back to the player-spawn's").isEmpty();
    }

    @Test
    void aControlStepNamingNobodyIsRefusedWithWhatItMeant() throws Exception {
        assertThat(with(character(5, "Sarah in the mill", "sarah") + beat("control sarha"))).containsExactly(
                "v.tmx:9 (beat): steps row 1: control: 'sarha' names no character of this map; did you mean 'sarah'?"
                        + " (characters: Sarah in the mill, sarah, t800; a character object places one)");
        assertThat(with(beat("control Kyle"))).containsExactly(
                "v.tmx:9 (beat): steps row 1: control: 'Kyle' names no character of this map (characters: t800;"
                        + " a character object places one)");
    }

    @Test
    void onlyCharactersTuningMarksPlayableArePlacedOrPlayed() throws Exception {
        assertThat(with(character(5, "Kid", "john"))).containsExactly(
                "v.tmx:5 (character): character: 'john' is not a playable character (playable characters, tuning.json's with"
                        + " playable: true: sarah, t800)");
        assertThat(with(character(5, "", "sarh"))).containsExactly(
                "v.tmx:5 (character): character: 'sarh' is not a playable character; did you mean 'sarah'? (playable"
                        + " characters, tuning.json's with playable: true: sarah, t800)");
        assertThat(with(character(5, "Who", ""))).containsExactly(
                "v.tmx:5 (character): character: name who it is (playable characters, tuning.json's with playable: true:"
                        + " sarah, t800)");
        String personPlayer = "<object id=\"2\" type=\"player-spawn\" x=\"64\" y=\"288\"><properties>"
                + "<property name=\"character\" value=\"person\"/></properties><point/></object>\n";
        assertThat(problems(personPlayer, "")).containsExactly(
                "v.tmx:2 (player-spawn): character: 'person' is not a playable character (playable characters,"
                        + " tuning.json's with playable: true: sarah, t800)");
    }

    @Test
    void aProtectObjectiveNamesACharacterOfTheMap() throws Exception {
        String objectives = "<property name=\"objectives\">out: reach\nher: protect sarha</property>\n";
        Array<Problem> found = new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("v.tmx",
                TestMaps.map("", objectives, TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT
                        + character(5, "Sarah", "sarah")))).problems;
        assertThat(found).extracting(problem -> problem.toString().substring(dir.toString().length() + 1)).containsExactly(
                "v.tmx: objectives row 2: 'protect sarha' names no character of this map; did you mean 'sarah'?"
                        + " (characters: sarah, t800)");
    }

    @Test
    void eachPlayableCharacterIsPlacedOnce() throws Exception {
        assertThat(with(character(5, "", "t800"))).containsExactly(
                "v.tmx:5 (character): a second t800 (object 2 is one too); a level holds each playable character once,"
                        + " so a beat and an objective know whom they name");
    }
}
