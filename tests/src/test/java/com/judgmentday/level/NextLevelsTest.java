package com.judgmentday.level;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An exit's next must name a level that exists: a shipped id, or a .tmx file beside the map. */
class NextLevelsTest {
    @TempDir
    Path dir;

    private List<String> problems(String next) throws Exception {
        String exit = TestMaps.EXIT.replace("/>", "><properties><property name=\"next\" value=\"" + next
                + "\"/></properties></object>");
        String map = TestMaps.map("", "", TestMaps.GROUND + TestMaps.PLAYER + exit);
        Array<Problem> found = new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("n.tmx", map)).problems;
        List<String> lines = new ArrayList<>();
        for (Problem problem : found) {
            lines.add(problem.toString().substring(dir.toString().length() + 1));
        }
        return lines;
    }

    @Test
    void aShippedIdOrNothingIsFine() throws Exception {
        assertThat(problems("galleria")).isEmpty();
        assertThat(problems("")).isEmpty();
    }

    @Test
    void anUnknownIdIsRefusedSayingWhichLevelsExist() throws Exception {
        assertThat(problems("nowhere")).containsExactly("n.tmx:3 (exit): next 'nowhere' names no level; use one of"
                + " proving-ground, galleria, ai-maze, hazard-lab, steel-mill, steel-mill-fight, steel-mill-run, steel-mill-2, steel-mill-3, or a .tmx file next to this map");
        assertThat(problems("ai-maz")).containsExactly("n.tmx:3 (exit): next 'ai-maz' names no level; did you mean 'ai-maze'?");
    }

    @Test
    void aMapFileMustExistNextToTheMap() throws Exception {
        assertThat(problems("sequel.tmx")).containsExactly("n.tmx:3 (exit): next 'sequel.tmx' names no map: there is no "
                + dir.resolve("sequel.tmx") + "; put the map there or name a level id");
        Files.writeString(dir.resolve("sequel.tmx"), TestMaps.base(""));
        assertThat(problems("sequel.tmx")).isEmpty();
        Files.createDirectories(dir.resolve("sub").resolve("folder.tmx"));
        assertThat(problems("sub/folder.tmx")).singleElement().asString().contains("names no map");
    }
}
