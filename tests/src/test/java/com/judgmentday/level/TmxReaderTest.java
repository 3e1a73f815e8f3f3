package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the reader refuses outright (exit 2 in the tools), each with the file and the feature named. */
class TmxReaderTest {
    @TempDir
    Path dir;

    private TmxDocument read(String name, String text) throws Exception {
        return TmxReader.read(new TestMaps(dir).write(name, text));
    }

    @Test
    void refusesInfiniteMaps() {
        assertThatThrownBy(() -> read("inf.tmx", TestMaps.map("infinite=\"1\"", "", "")))
                .isInstanceOf(LevelException.class)
                .hasMessageEndingWith("inf.tmx: infinite maps are not supported; untick Infinite in the map properties");
    }

    @Test
    void refusesOtherOrientations() {
        assertThatThrownBy(() -> read("iso.tmx", TestMaps.map("", "", "").replace("orthogonal", "isometric")))
                .isInstanceOf(LevelException.class).hasMessageEndingWith("iso.tmx: isometric maps are not supported; make an orthogonal map");
    }

    @Test
    void refusesZstdLayers() {
        String zstd = TestMaps.map("", "", "").replace("<objectgroup", "<layer id=\"9\" name=\"art\" width=\"20\" height=\"10\">"
                + "<data encoding=\"base64\" compression=\"zstd\">AAAA</data></layer>\n<objectgroup");
        assertThatThrownBy(() -> read("z.tmx", zstd)).isInstanceOf(LevelException.class).hasMessageEndingWith(
                "z.tmx: layer 'art' uses zstd compression, which is not supported; set Tile Layer Format to Base64 (zlib) or CSV");
    }

    @Test
    void refusesMissingTilesetsAndImages() {
        String external = TestMaps.map("", "", "").replace("<objectgroup", "<tileset firstgid=\"1\" source=\"gone.tsx\"/>\n<objectgroup");
        assertThatThrownBy(() -> read("ts.tmx", external)).isInstanceOf(LevelException.class).hasMessageEndingWith(
                "ts.tmx: external tileset 'gone.tsx' is missing; put it next to the map or embed the tileset (Tileset > Embed Tileset)");
        String image = TestMaps.map("", "", "").replace("<objectgroup", "<tileset firstgid=\"1\" name=\"desert\" tilewidth=\"32\""
                + " tileheight=\"32\"><image source=\"desert.png\" width=\"64\" height=\"64\"/></tileset>\n<objectgroup");
        assertThatThrownBy(() -> read("img.tmx", image)).isInstanceOf(LevelException.class).hasMessageEndingWith(
                "img.tmx: tileset 'desert' needs the image 'desert.png', which is missing");
    }

    @Test
    void refusesTemplates() {
        assertThatThrownBy(() -> read("tx.tmx", TestMaps.map("", "", "<object id=\"4\" template=\"crate.tx\" x=\"0\" y=\"0\"/>\n")))
                .isInstanceOf(LevelException.class).hasMessageEndingWith(
                        "tx.tmx: object 4 uses a template (crate.tx), which is not supported; select it and use Detach Template");
    }

    @Test
    void refusesGarbageAndMissingFiles() {
        assertThatThrownBy(() -> read("junk.tmx", "\u0000\u0001 not xml"))
                .isInstanceOf(LevelException.class).hasMessageContaining("junk.tmx: not a readable Tiled map");
        assertThatThrownBy(() -> TmxReader.read(new FileHandle(dir.resolve("gone.tmx").toFile())))
                .isInstanceOf(LevelException.class).hasMessageEndingWith("gone.tmx: no such level file");
        assertThatThrownBy(() -> read("svg.tmx", "<svg/>"))
                .isInstanceOf(LevelException.class).hasMessageEndingWith("svg.tmx: not a Tiled map (the root element must be <map>)");
        assertThatThrownBy(() -> read("w.tmx", TestMaps.map("", "", "").replace("width=\"20\"", "width=\"NaN\"")))
                .isInstanceOf(LevelException.class).hasMessageEndingWith("w.tmx: width 'NaN' is out of range 1 to 10000");
    }

    @Test
    void readsTypeOrClassAndLeavesTilesetShapesAlone() throws Exception {
        String map = TestMaps.map("", "", "<object id=\"5\" class=\"crate\" x=\"0\" y=\"0\" width=\"32\" height=\"32\"/>\n")
                .replace("<objectgroup id=\"1\"", "<tileset firstgid=\"1\" name=\"t\" tilewidth=\"32\" tileheight=\"32\">"
                        + "<tile id=\"0\"><objectgroup><object id=\"1\" x=\"0\" y=\"0\" width=\"32\" height=\"32\"/></objectgroup>"
                        + "</tile></tileset>\n<group id=\"7\" name=\"g\"><objectgroup id=\"1\"")
                .replace("</objectgroup>\n</map>", "</objectgroup></group>\n</map>");
        TmxDocument document = read("t.tmx", map);
        assertThat(document.objects).hasSize(1);
        assertThat(document.objects.get(0).type).isEqualTo("crate");
    }

    @Test
    void keepsBadGeometryForTheValidatorToReport() throws Exception {
        TmxDocument document = read("g.tmx", TestMaps.map("", "", "<object id=\"5\" type=\"crate\" x=\"NaN\" y=\"0\" width=\"32\" height=\"32\"/>\n"));
        assertThat(document.objects.get(0).geometryProblem).isEqualTo("x 'NaN' is out of range -1000000 to 1000000");
    }
}
