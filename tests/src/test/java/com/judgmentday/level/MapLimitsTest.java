package com.judgmentday.level;

import com.judgmentday.support.TestContent;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maps too big to load, navigate or simulate in bounded time (a 10,000 m square, thousands of crates, a
 * 200,000-point outline) are refused by the validator with the limit, instead of running out of memory or
 * taking minutes to play seconds.
 */
class MapLimitsTest {
    @TempDir
    Path dir;

    private List<String> problems(String map) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Problem problem : new LevelLoader(TestContent.tuning()).check(new TestMaps(dir).write("big.tmx", map)).problems) {
            lines.add(problem.toString().substring(dir.toString().length() + 1));
        }
        return lines;
    }

    @Test
    void aMapTenThousandMetresSquareIsRefusedWithTheLargestSize() throws Exception {
        String map = TestMaps.base("").replace("width=\"20\" height=\"10\"", "width=\"10000\" height=\"10000\"");
        assertThat(problems(map)).containsExactly("big.tmx: the map is 10000 x 10000 m; the largest the game takes is"
                + " 1000 x 200 m (1000 x 200 tiles): split it into levels joined by an exit's next");
    }

    @Test
    void thousandsOfCratesAreRefused() throws Exception {
        StringBuilder crates = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            crates.append("<object id=\"").append(10 + i).append("\" type=\"crate\" x=\"100\" y=\"100\" width=\"32\""
                    + " height=\"32\"/>\n");
        }
        assertThat(problems(TestMaps.base(crates.toString())))
                .containsExactly("big.tmx: the map has 2000 crate objects; the most the game simulates is 300");
    }

    @Test
    void anOutlineOfTwoHundredThousandPointsIsRefused() throws Exception {
        StringBuilder points = new StringBuilder("0,0");
        for (int i = 1; i < 200_000; i++) {
            points.append(' ').append(i * 0.003f).append(',').append(i % 2 == 0 ? 0 : -4);
        }
        points.append(" 600,40 0,40");
        String polygon = "<object id=\"9\" type=\"solid\" x=\"0\" y=\"200\"><polygon points=\"" + points + "\"/></object>\n";
        assertThat(problems(TestMaps.base(polygon))).containsExactly(
                "big.tmx:9 (solid): its outline has 200002 points; the most one may have is 1000: simplify it, or draw it as"
                        + " several objects",
                "big.tmx: the map's outlines have 200002 points in all; the most the game takes is 20000: simplify them");
    }
}
