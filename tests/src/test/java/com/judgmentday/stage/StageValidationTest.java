package com.judgmentday.stage;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.ContentException;
import com.judgmentday.content.Lines;
import com.judgmentday.level.LevelLoader;
import com.judgmentday.level.Problem;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The validator tells a designer what is wrong with a map's objectives, triggers and the lines file, one line each. */
class StageValidationTest {
    @TempDir
    Path dir;

    private List<String> problems(String properties, String objects) throws Exception {
        Array<Problem> found = new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("v.tmx",
                TestMaps.map("", properties, TestMaps.GROUND + TestMaps.PLAYER + TestMaps.EXIT + objects))).problems;
        List<String> lines = new ArrayList<>();
        for (Problem problem : found) {
            lines.add(problem.toString().substring(dir.toString().length() + 1));
        }
        return lines;
    }

    private static String objectives(String rows) {
        return "<property name=\"objectives\">" + rows + "</property>\n";
    }

    private static String trigger(int id, String shape, String properties) {
        return "<object id=\"" + id + "\" type=\"trigger\" x=\"200\" y=\"100\"" + shape + "><properties>" + properties
                + "</properties>" + (shape.isEmpty() ? "<point/>" : "") + "</object>\n";
    }

    private static String prop(String name, String value) {
        return "<property name=\"" + name + "\" value=\"" + value + "\"/>";
    }

    @Test
    void objectivesItCantReadAreNamedByRow() throws Exception {
        assertThat(problems(objectives("out: reach\nout: melt\nsweep: count three crates\nwin: dance\nlater hold: survive 5"), ""))
                .containsExactly(
                        "v.tmx: objectives row 2: the id 'out' is used twice; give each objective its own",
                        "v.tmx: objectives row 3: write 'count <1 to 100000> <event> [about what]', for instance 'count 3 breakable.broken'"
                        + " or 'count 1 beat.finished the epilogue'",
                        "v.tmx: objectives row 4: no objective kind is called 'dance'; kinds: reach, melt, count, survive,"
                                + " protect, dont-shoot, no-casualties",
                        "v.tmx: objectives row 5: 'hold' waits for a beat to show it, but no beat has the step 'objective hold';"
                                + " add one, or drop 'later'");
        assertThat(problems(objectives("me: protect t800"), "")).containsExactly(
                "v.tmx: objectives: none is a goal (reach, melt, count, survive), so the level could never be won; add one");
        assertThat(problems(objectives("out: reach\njohn: protect john"), "")).containsExactly(
                "v.tmx: objectives row 2: 'protect john' names no character of this map (characters: t800)");
        assertThat(problems(objectives("n: count 2 crate.smashed"), "")).containsExactly(
                "v.tmx: objectives row 1: no event is called 'crate.smashed'; docs/reports.md lists them (t1000.frozen,"
                        + " casualty, ...)");
    }

    @Test
    void triggersThatCanNeverFireAreRefused() throws Exception {
        assertThat(problems("", trigger(4, "", ""))).containsExactly("v.tmx:4 (trigger): an enter trigger needs an area: draw it"
                + " as a rectangle or polygon, or set when to event, timer, beat-done, all or any");
        assertThat(problems("", trigger(4, "", prop("when", "event") + prop("event", "t1000.sneezed")))).containsExactly(
                "v.tmx:4 (trigger): no event is called 't1000.sneezed'; docs/reports.md lists them");
        assertThat(problems("", trigger(4, "", prop("when", "all")))).containsExactly(
                "v.tmx:4 (trigger): an all or any trigger needs 'of': the other triggers' IDs, comma-separated (for instance 12, 14)");
        assertThat(problems("", trigger(4, "", prop("when", "any") + prop("of", "3, x")))).containsExactly(
                "v.tmx:4 (trigger): 'of' must name a trigger it waits for: the ID of a trigger object, but object 3 is a exit",
                "v.tmx:4 (trigger): 'of' holds 'x', not an object ID; write trigger IDs, comma-separated");
        assertThat(problems("", trigger(4, "", prop("when", "beat-done")))).containsExactly(
                "v.tmx:4 (trigger): a beat-done trigger needs 'after': the beat it waits for");
        assertThat(problems("", trigger(4, "", prop("when", "timer") + prop("from", "the gat")))).containsExactly(
                "v.tmx:4 (trigger): 'from' names 'the gat', not a checkpoint of this map; write checkpoints' Names, or"
                        + " 'start' for runs from the level's start, comma-separated");
        assertThat(problems("", trigger(4, "", prop("when", "timer") + prop("from", "start")))).isEmpty();
        String beat = "<object id=\"6\" type=\"beat\" x=\"10\" y=\"10\"><properties>" + prop("steps", "wait 1")
                + "</properties><point/></object>\n";
        String after = "<property name=\"after\" type=\"object\" value=\"6\"/>";
        assertThat(problems("", beat + trigger(4, "", prop("when", "timer") + after))).containsExactly(
                "v.tmx:4 (trigger): 'after' goes with beat-done, event and enter triggers; a timer trigger ignores it: clear it");
        assertThat(problems("", beat + trigger(4, "", prop("when", "event") + prop("event", "pickup.taken") + after
                + "<property name=\"beat\" type=\"object\" value=\"6\"/>"))).containsExactly(
                "v.tmx:4 (trigger): 'after' names the beat this trigger starts, so it could never fire; name the beat it"
                        + " waits for");
        assertThat(problems("", beat + trigger(4, "", prop("when", "event") + prop("event", "pickup.taken") + after)))
                .isEmpty();
        assertThat(problems("", trigger(4, "", prop("when", "timer") + prop("from", "start, gat")))).singleElement()
                .asString().contains("'from' names 'gat'");
        String checkpoint = "<object id=\"5\" name=\"after\" type=\"checkpoint\" x=\"300\" y=\"288\"><properties>"
                + prop("gone", "t1000, t2000, t800") + prop("met", "out, melt") + "</properties><point/></object>\n";
        assertThat(problems(objectives("out: reach"), checkpoint)).containsExactly(
                "v.tmx:5 (checkpoint): gone: 't2000' is neither t1000 nor a character of tuning.json",
                "v.tmx:5 (checkpoint): gone: 't800' is no character a 'character' object places (only the T-1000 or such"
                        + " a character can be gone: the player's and John are always there)",
                "v.tmx:5 (checkpoint): met: the map's objectives have no id 'melt'; ids: out");
        // The Galleria's loading bay: a restart past the shutter finds it open; a Name no door has is refused.
        String door = "<object id=\"6\" name=\"The Shutter\" type=\"door\" x=\"400\" y=\"224\" width=\"16\" height=\"64\"/>\n";
        String past = "<object id=\"7\" name=\"bay\" type=\"checkpoint\" x=\"480\" y=\"288\"><properties>"
                + prop("opened", "the shutter, the gate") + "</properties><point/></object>\n";
        assertThat(problems("", door + past)).containsExactly("v.tmx:7 (checkpoint): opened: 'the gate' is no door's Name"
                + " in this map (name the door objects opened before this checkpoint, comma-separated)");
    }

    @Test
    void theLinesFileIsReadStrictly() {
        Lines lines = Lines.standard();
        assertThat(lines.speaker("john.who-are-you")).isEqualTo("John");
        assertThat(lines.words("t800.hasta-la-vista")).isEqualTo("Hasta la vista, baby.");
        assertThat(lines.speaker("caption.the-vat")).isEmpty();
        assertThatThrownBy(() -> parse("a.b: John | hi\na.b: Sarah | again"))
                .hasMessage("lines.txt:2: the key 'a.b' is used twice; give one of them another key");
        assertThatThrownBy(() -> parse("# note\nJohn says hi")).hasMessage("lines.txt:2: a line is 'key: Speaker | words';"
                + " this row has no key before a ':'");
        assertThatThrownBy(() -> parse("a: John hi")).hasMessage("lines.txt:1: a line is 'key: Speaker | words';"
                + " this row has no '|' between the speaker and the words");
        assertThatThrownBy(() -> parse("A B: John | hi")).hasMessage("lines.txt:1: the key 'A B' may hold only a-z, 0-9,"
                + " dots and dashes");
        assertThatThrownBy(() -> parse("a: John |  ")).hasMessage("lines.txt:1: the line 'a' has no words after the '|'");
    }

    private void parse(String text) throws Exception {
        try {
            Lines.load(new TestMaps(dir).write("lines.txt", text));
        } catch (ContentException e) {
            throw new ContentException(e.getMessage().substring(dir.toString().length() + 1));
        }
    }

    @Test
    void everyMusicCueIsALoopTheGameHas() {
        List<String> loops = new ArrayList<>();
        for (com.judgmentday.audio.MusicId music : com.judgmentday.audio.MusicId.values()) {
            loops.add(music.id);
        }
        loops.add("stop");
        assertThat(StageText.MUSIC_CUES).containsExactlyInAnyOrderElementsOf(loops);
    }

    @Test
    void aReachObjectiveMustNameAnExitTheMapHas() throws Exception {
        // TestMaps.EXIT has no name, so it is called 'exit'.
        assertThat(problems(objectives("out: reach exit"), "")).isEmpty();
        assertThat(problems(objectives("out: reach exti"), "")).containsExactly(
                "v.tmx: objectives row 1: 'reach exti' names no exit (the map's exits: exit); did you mean 'exit'?");
    }
    @Test
    void catchAndShutdownNameWhomTuningLetsBeCaughtOrShutDown() throws Exception {
        String cogs = "<object id=\"20\" name=\"cogs\" type=\"crusher\" x=\"300\" y=\"200\" width=\"64\" height=\"64\"/>\n";
        String john = "<object id=\"21\" type=\"john-spawn\" x=\"120\" y=\"288\"><point/></object>\n";
        String shells = "<object id=\"22\" name=\"shells\" type=\"pickup\" x=\"500\" y=\"288\"><point/></object>\n";
        assertThat(problems("", cogs + john + beat(30, "catch t800 #20\nshutdown t800 steel bar\ncatch controlled #20"))).isEmpty();
        assertThat(problems("", cogs + john + shells + beat(30,
                "catch john #20\nshutdown john\ncatch t1000 #20\ncatch t800 #22\ncatch t800\nshutdown"))).containsExactly(
                "v.tmx:30 (beat): steps row 5: catch: write 'catch <character: controlled, or a character's name or id> #<crusher id>'",
                "v.tmx:30 (beat): steps row 6: shutdown: write 'shutdown <character: controlled, or a character's name or id> [cause]'",
                "v.tmx:30 (beat): steps row 1: catch: john can't be caught: machinery holds only characters whose tuning gives a cutFreeSeconds",
                "v.tmx:30 (beat): steps row 2: shutdown: john has no shutdown in tuning.json (atZero: reboot and its shutdown figures): only such a character shuts down",
                "v.tmx:30 (beat): steps row 3: catch: the T-1000 has no arm to catch nor power to lose: name controlled or a character of the map",
                "v.tmx:30 (beat): steps row 4: catch: #22 is a pickup; it must be one of crusher");
    }

    @Test
    void hangNamesACharacterAndALoadAndAWinchNamesALoad() throws Exception {
        String hook = "<object id=\"20\" name=\"hook\" type=\"load\" x=\"300\" y=\"100\" width=\"32\" height=\"16\"/>\n";
        String cogs = "<object id=\"23\" name=\"cogs\" type=\"crusher\" x=\"400\" y=\"200\" width=\"64\" height=\"64\"/>\n";
        String winch = "<object id=\"21\" name=\"pulley\" type=\"winch\" x=\"100\" y=\"224\" width=\"64\" height=\"64\">"
                + "<properties><property name=\"load\" type=\"object\" value=\"20\"/></properties></object>\n";
        String wrongWinch = "<object id=\"22\" name=\"pulley\" type=\"winch\" x=\"100\" y=\"224\" width=\"64\" height=\"64\">"
                + "<properties><property name=\"load\" type=\"object\" value=\"23\"/></properties></object>\n";
        assertThat(problems("", hook + winch + beat(30, "hang t800 #20\nhang controlled #20"))).isEmpty();
        assertThat(problems("", hook + cogs + wrongWinch + beat(30, "hang t1000 #20\nhang t800 #23\nhang t800"))).containsExactly(
                "v.tmx:22 (winch): 'load' points at object 23, a crusher; it must be a load",
                "v.tmx:30 (beat): steps row 3: hang: write 'hang <character: controlled, or a character's name or id> #<load id>'",
                "v.tmx:30 (beat): steps row 1: hang: the T-1000 is not hung: name controlled or a character of the map",
                "v.tmx:30 (beat): steps row 2: hang: #23 is a crusher; it must be one of load");
    }

    @Test
    void aVolleyNamesAShooterTheMarkAndWholeShots() throws Exception {
        String sarah = "<object id=\"20\" name=\"Real Sarah\" type=\"character\" x=\"300\" y=\"288\"><properties>"
                + prop("character", "sarah") + "</properties><point/></object>\n";
        assertThat(problems(objectives("out: reach"), sarah + beat(30, "volley sarah t1000 4\nvolley sarah #20"))).isEmpty();
        assertThat(problems(objectives("out: reach"), sarah + beat(30,
                "volley t1000 controlled\nvolley sarah\nvolley sarah t1000 0\nvolley sarah bob\nvolley sarah #1"))).containsExactly(
                "v.tmx:30 (beat): steps row 2: volley: write 'volley <character: a character's id, or john> <mark: t1000,"
                        + " controlled, john or #id> [shots]'",
                "v.tmx:30 (beat): steps row 3: volley: the shots '0' must be a whole number from 1 to 100",
                "v.tmx:30 (beat): steps row 4: volley: the mark 'bob' must be t1000, controlled, john or #<object id>",
                "v.tmx:30 (beat): steps row 1: volley: the T-1000 carries no gun: give its t1000-spawn a loadout (the"
                        + " cop's pistol), or name a character the player does not control",
                "v.tmx:30 (beat): steps row 5: volley: #1 is a solid; it must be one of npc, character, crate, load, breakable");
        String armedCop = "<object id=\"21\" type=\"t1000-spawn\" x=\"500\" y=\"288\"><properties>"
                + prop("loadout", "pistol") + "</properties><point/></object>\n";
        assertThat(problems(objectives("out: reach"), armedCop + beat(30, "volley t1000 john 6"))).as("the cop's pistol")
                .isEmpty();
        String unknown = "<object id=\"21\" type=\"t1000-spawn\" x=\"500\" y=\"288\"><properties>"
                + prop("loadout", "pistol, ray-gun") + "</properties><point/></object>\n";
        assertThat(problems(objectives("out: reach"), unknown)).singleElement().asString()
                .startsWith("v.tmx:21 (t1000-spawn): 'loadout' names 'ray-gun', which is not a weapon; use one of");
        String bike = "<object id=\"22\" type=\"parked-vehicle\" x=\"300\" y=\"288\"><point/></object>\n";
        assertThat(problems(objectives("out: reach"), bike + beat(30, "ride controlled #22"))).as("the T-800 on its bike").isEmpty();
        assertThat(problems(objectives("out: reach"), bike + beat(30, "ride t1000 #22\nride john #1\nride john"))).asString()
                .contains("steps row 1: ride: the T-1000 rides nothing here: name controlled or a character of the map")
                .contains("steps row 2: ride: #1 is a solid; it must be one of parked-vehicle")
                .contains("steps row 3: ride: write 'ride <character: controlled, or a character's name or id>"
                        + " #<parked-vehicle id>'");
        String unarmed = "<object id=\"21\" type=\"t1000-spawn\" x=\"500\" y=\"288\"><properties>"
                + "<property name=\"shoots\" type=\"bool\" value=\"true\"/></properties><point/></object>\n";
        assertThat(problems(objectives("out: reach"), unarmed)).singleElement().asString()
                .isEqualTo("v.tmx:21 (t1000-spawn): 'shoots' is true but it carries nothing to shoot; give it a 'loadout'"
                        + " (for instance pistol), or take 'shoots' off");
    }

    @Test
    void onlyTheT1000sCoverIsBlown() throws Exception {
        assertThat(problems(objectives("out: reach"), beat(30, "expose t1000"))).isEmpty();
        assertThat(problems(objectives("out: reach"), beat(30, "expose john\nexpose"))).asString()
                .contains("steps row 1: expose: only the T-1000's cover is blown: write 'expose t1000'")
                .contains("steps row 2: expose: write 'expose t1000'");
    }

    @Test
    void onlyTheT1000sHolesAreMended() throws Exception {
        assertThat(problems(objectives("out: reach"), beat(30, "mend t1000"))).isEmpty();
        assertThat(problems(objectives("out: reach"), beat(30, "mend john\nmend"))).asString()
                .contains("steps row 1: mend: only the T-1000 can be mended: write 'mend t1000'")
                .contains("steps row 2: mend: write 'mend t1000'");
    }

    @Test
    void onlyTheT1000BracesAndTheStepSaysHowManyInARow() throws Exception {
        assertThat(problems(objectives("out: reach"), beat(30, "brace t1000 4\nbrace t1000 0"))).isEmpty();
        assertThat(problems(objectives("out: reach"), beat(30, "brace john 4\nbrace t1000\nbrace t1000 2.5"))).asString()
                .contains("steps row 1: brace: only the T-1000 braces against knock-backs: write 'brace t1000 4'")
                .contains("steps row 2: brace: write 'brace t1000 <knock-backs in a row, 1 to 20; 0: never>'")
                .contains("steps row 3: brace: write 'brace t1000 <knock-backs in a row, 1 to 20; 0: never>'");
    }

    @Test
    void aFlingNamesWhomAndHowFast() throws Exception {
        String t1000 = "<object id=\"21\" type=\"t1000-spawn\" x=\"500\" y=\"288\"><point/></object>\n";
        assertThat(problems(objectives("out: reach"), t1000 + beat(30, "fling controlled 11"))).isEmpty();
        assertThat(problems(objectives("out: reach"), beat(30, "fling controlled 11"))).containsExactly(
                "v.tmx:30 (beat): steps row 1: fling: the T-1000 flings it, and this map has no t1000-spawn");
        assertThat(problems(objectives("out: reach"), t1000 + beat(30, "fling t1000 5\nfling controlled\nfling controlled 50")))
                .asString()
                .contains("steps row 1: fling: the T-1000 flings others, not itself")
                .contains("steps row 2: fling: write 'fling <character: controlled, john, or a character's id> <m/s, 1 to 20>'")
                .contains("steps row 3: fling: write 'fling");
    }

    @Test
    void onlyAPersonIsAlarmed() throws Exception {
        String guard = "<object id=\"22\" type=\"npc\" x=\"300\" y=\"288\"><properties>" + prop("role", "guard")
                + "</properties><point/></object>\n";
        assertThat(problems(objectives("out: reach"), guard + beat(30, "alarm #22"))).isEmpty();
        assertThat(problems(objectives("out: reach"), guard + beat(30, "alarm #30\nalarm guard"))).asString()
                .contains("steps row 1: alarm: #30 is a beat; it must be one of npc")
                .contains("steps row 2: alarm: write 'alarm #<object id>'");
    }

    @Test
    void aPickupNamesAWeaponOnlyForAmmo() throws Exception {
        String shells = "<object id=\"23\" type=\"pickup\" x=\"300\" y=\"288\"><properties>"
                + prop("amount", "8") + prop("for", "shotgun") + "</properties><point/></object>\n";
        assertThat(problems(objectives("out: reach"), shells)).as("a box of shells").isEmpty();
        String aid = "<object id=\"24\" type=\"pickup\" x=\"300\" y=\"288\"><properties>"
                + prop("item", "health") + prop("for", "shotgun") + "</properties><point/></object>\n";
        assertThat(problems(objectives("out: reach"), aid)).singleElement().asString()
                .isEqualTo("v.tmx:24 (pickup): 'for' names 'shotgun' but it is 'health', not ammo; take 'for' off, or"
                        + " make its item ammo");
    }

    @Test
    void aMeterHasATimeAndWordsThatFitTheHud() throws Exception {
        assertThat(problems(objectives("out: reach"), beat(30, "meter 4 John's bike starting"))).isEmpty();
        assertThat(problems(objectives("out: reach"), beat(30,
                "meter 4\nmeter soon Bike\nmeter 0 Bike\nmeter 2 " + "x".repeat(33)))).containsExactly(
                "v.tmx:30 (beat): steps row 1: meter: write 'meter <seconds> <what it shows>' (JOHN'S BIKE STARTING)",
                "v.tmx:30 (beat): steps row 2: meter: the time 'soon' must be seconds from 0 to 600",
                "v.tmx:30 (beat): steps row 3: meter: the time must be more than 0 seconds",
                "v.tmx:30 (beat): steps row 4: meter: what it shows is 33 characters; at most 32 fit the HUD");
    }

    @Test
    void ordersNameACharacterThePlayerDoesNotControl() throws Exception {
        String sarah = "<object id=\"20\" name=\"Real Sarah\" type=\"character\" x=\"300\" y=\"288\"><properties>"
                + prop("character", "sarah") + "</properties><point/></object>\n";
        String place = "<object id=\"21\" name=\"hollow\" type=\"trigger\" x=\"400\" y=\"256\" width=\"32\" height=\"32\"/>\n";
        assertThat(problems(objectives("out: reach"), sarah + place
                + beat(30, "follow sarah\nstay Real Sarah\nhide Real Sarah #21\ncall sarah"))).isEmpty();
        assertThat(problems(objectives("out: reach"), sarah + place
                + beat(30, "follow t1000\nstay controlled\nfollow sara\nhide sarah\ncall"))).containsExactly(
                "v.tmx:30 (beat): steps row 4: hide: write 'hide <character: john, or a character's name or id> #<object id>'"
                        + " (where it hides: an area or point of the map)",
                "v.tmx:30 (beat): steps row 5: call: write 'call <character: john, or a character's name or id>'",
                "v.tmx:30 (beat): steps row 1: follow: name a character the player does not control (john, or a character"
                        + " of the map), not the t1000: the T-1000 takes no orders",
                "v.tmx:30 (beat): steps row 2: stay: name a character the player does not control (john, or a character"
                        + " of the map), not the controlled: the player goes where they like",
                "v.tmx:30 (beat): steps row 3: follow: 'sara' names no character of this map; did you mean 'sarah'?"
                        + " (characters: Real Sarah, sarah, t800; a character object places one)");
    }

    @Test
    void disguiseAndDontShootNameACharacterOfTheMap() throws Exception {
        String sarah = "<object id=\"20\" name=\"Real Sarah\" type=\"character\" x=\"300\" y=\"288\"><properties>"
                + prop("character", "sarah") + prop("limp", "true") + "</properties><point/></object>\n";
        String t1000 = "<object id=\"21\" type=\"t1000-spawn\" x=\"500\" y=\"288\"><point/></object>\n";
        assertThat(problems(objectives("out: reach\nreal: dont-shoot sarah | Don't shoot the real Sarah"),
                sarah + t1000 + beat(30, "disguise t1000 sarah\ndisguise t1000 Real Sarah 4.5\ndisguise t1000 t800 1"))).isEmpty();
        assertThat(problems(objectives("out: reach\nreal: dont-shoot sara\nme: dont-shoot"), sarah + t1000 + beat(30,
                "disguise t1000 sara 3\ndisguise john sarah\ndisguise t1000\ndisguise t1000 sarah 0\ndisguise t1000 sarah 9000")))
                .containsExactly(
                        "v.tmx: objectives row 3: write 'dont-shoot <a character of the map: sarah, t800 or john>'",
                        "v.tmx:30 (beat): steps row 2: disguise: write 'disguise t1000 <a character's name or id, for instance"
                                + " sarah> [seconds, 6 if none]'",
                        "v.tmx:30 (beat): steps row 3: disguise: write 'disguise t1000 <a character's name or id, for instance"
                                + " sarah> [seconds, 6 if none]'",
                        "v.tmx:30 (beat): steps row 4: disguise: the pose must last more than 0 seconds",
                        "v.tmx:30 (beat): steps row 5: disguise: the time '9000' must be seconds from 0 to 600",
                        "v.tmx:30 (beat): steps row 1: disguise: 'sara' names no character of this map; did you mean"
                                + " 'sarah'? (characters: Real Sarah, sarah, t800; a character object places one)",
                        "v.tmx: objectives row 2: 'dont-shoot sara' names no character of this map; did you mean 'sarah'?"
                                + " (characters: sarah, t800)");
        assertThat(problems(objectives("out: reach"), sarah + beat(30, "disguise t1000 sarah"))).containsExactly(
                "v.tmx:30 (beat): steps row 1: disguise: the map has no t1000-spawn: only the T-1000 takes on someone's look");
    }

    private static String beat(int id, String steps) {
        return "<object id=\"" + id + "\" name=\"beat\" type=\"beat\" x=\"40\" y=\"40\"><properties>"
                + "<property name=\"steps\">" + steps + "</property></properties><point/></object>\n";
    }
}
