package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.judgmentday.content.ClasspathFile;
import com.judgmentday.support.TestMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Tile layers and tilesets read into plain data: every Tiled format, flips, external tilesets, and refusals. */
class TileLayerReaderTest {
    private static final Path RESOURCES = Path.of("src", "test", "resources", "levels");
    private static final int H = TileLayerDef.FLIP_HORIZONTAL;
    private static final int V = TileLayerDef.FLIP_VERTICAL;
    private static final int D = TileLayerDef.FLIP_DIAGONAL;
    /** 20 x 10 cells, as the test maps are: a few tiles, flipped every way, the rest empty. */
    private static final int[] GIDS = new int[200];

    static {
        int[] flips = {0, H, V, H | V, D, D | H, D | V, D | H | V};
        for (int i = 0; i < flips.length; i++) {
            GIDS[21 + i * 3] = (1 + i % 4) | flips[i];
        }
        GIDS[199] = 4;
    }

    @TempDir
    Path dir;

    @Test
    void theTestMapKeepsItsTilesetsLayersAndFlips() {
        TmxDocument map = TmxReader.read(new FileHandle(RESOURCES.resolve("tile-layers.tmx").toFile()));

        assertThat(map.tilesets).hasSize(2);
        TilesetDef marks = map.tilesets.get(0);
        assertThat(marks.name).isEqualTo("marks");
        assertThat(marks.firstGid).isEqualTo(1);
        assertThat(marks.sheet.file.path()).as("the image is found next to the .tsx, not the map")
                .endsWith("levels/tile-layers/marks.png");
        assertThat(new int[] {marks.sheet.width, marks.sheet.height, marks.columns, marks.tileCount}).containsExactly(64, 64, 2, 4);
        assertThat(marks.animations.get(2)).containsExactly(2, 250, 3, 750);
        assertThat(map.tilesets.get(1).firstGid).isEqualTo(5);
        assertThat(map.tileset(4)).isSameAs(marks);
        assertThat(map.tileset(5)).isSameAs(map.tilesets.get(1));

        assertThat(map.tileLayers).extracting(layer -> layer.name).containsExactly("back", "mid", "cover");
        assertThat(map.tileLayers).extracting(layer -> layer.foreground).containsExactly(false, false, true);
        TileLayerDef back = map.tileLayers.get(0);
        assertThat(new int[] {back.gid(2, 1), back.gid(4, 1), back.gid(6, 1), back.gid(8, 1), back.gid(10, 1),
            back.gid(12, 1), back.gid(14, 1), back.gid(16, 1)})
                .containsExactly(1, 1 | H, 1 | V, 1 | H | V, 1 | D, 1 | D | H, 1 | D | V, 1 | D | H | V);
        TileLayerDef mid = map.tileLayers.get(1);
        assertThat(mid.opacity).as("the group's opacity").isEqualTo(0.5f);
        assertThat(new float[] {mid.offsetX, mid.offsetY, mid.parallaxX, mid.parallaxY}).containsExactly(16f, -8f, 0.5f, 1f);
        assertThat(mid.tint).isEqualTo(0xff8080ff);
        assertThat(mid.gid(0, 5)).as("zlib").isEqualTo(2);
        TileLayerDef cover = map.tileLayers.get(2);
        assertThat(cover.gid(19, 9)).as("gzip").isEqualTo(5);
        assertThat(cover.gid(19, 6)).isZero();
    }

    @Test
    void aMapInsideTheJarFindsItsTilesetsThere() {
        TmxDocument map = TmxReader.read(new ClasspathFile("levels/tile-layers.tmx"));
        assertThat(map.tilesets.get(0).sheet.file.path()).isEqualTo("levels/tile-layers/marks.png");
        assertThat(map.tilesets.get(0).sheet.file.readBytes()).hasSize(192);
    }

    @Test
    void everyTiledLayerFormatGivesTheSameCells() throws Exception {
        String[] formats = {csv(GIDS), xml(GIDS), base64("", raw(GIDS)), base64("zlib", zlib(raw(GIDS))),
            base64("gzip", gzip(raw(GIDS)))};
        for (String data : formats) {
            TmxDocument map = read(layer(data));
            assertThat(map.tileLayers.get(0).gids).as(data).containsExactly(GIDS);
        }
    }

    @Test
    void aLayerAboveEveryObjectLayerIsInFrontAndOneBelowAnyIsBehind() throws Exception {
        String front = "<group name=\"g\"><objectgroup id=\"7\" name=\"props\"/>" + layer(csv(GIDS)) + "</group>\n";
        TmxDocument map = TmxReader.read(new TestMaps(dir).write("m.tmx", map(layer(csv(GIDS))).replace("</map>", front + "</map>")));
        assertThat(map.tileLayers).extracting(layer -> layer.foreground).containsExactly(false, true);
        String behind = "<group name=\"g\">" + layer(csv(GIDS)) + "<objectgroup id=\"7\" name=\"props\"/></group>\n";
        map = TmxReader.read(new TestMaps(dir).write("m.tmx", map(layer(csv(GIDS))).replace("</map>", behind + "</map>")));
        assertThat(map.tileLayers).extracting(layer -> layer.foreground).as("an object layer later in its group")
                .containsExactly(false, false);
    }

    @Test
    void wrongAmountsOfDataAreRefusedWithoutInflatingPastTheLayer() throws Exception {
        assertThatThrownBy(() -> read(layer(csv(new int[199])))).hasMessageEndingWith(
                "m.tmx: layer 'art' has 199 tiles in its data where its size needs 200; re-save the map with Tiled");
        assertThatThrownBy(() -> read(layer(csv(new int[201])))).hasMessageEndingWith(
                "m.tmx: layer 'art' has more tiles in its data than its 200 cells; re-save the map with Tiled");
        // A million cells of zeros pack into a kilobyte: only the layer's 200 are ever unpacked.
        assertThatThrownBy(() -> read(layer(base64("zlib", zlib(new byte[4_000_000]))))).hasMessageEndingWith(
                "layer 'art' has more tiles in its data than its 200 cells; re-save the map with Tiled");
        assertThatThrownBy(() -> read(layer(base64("zlib", raw(GIDS))))).hasMessageContaining(
                "layer 'art' data can't be unpacked");
        assertThatThrownBy(() -> read(layer(csv(GIDS).replace("0,0,0", "0,x,0")))).hasMessageEndingWith(
                "layer 'art' has 'x' in its CSV data, which holds only tile numbers and commas");
        assertThatThrownBy(() -> read(layer(csv(GIDS).replace("0,0,0", "0,,0")))).hasMessageContaining(
                "layer 'art' has an empty entry in its CSV data");
    }

    @Test
    void aMapTooBigForItsTileLayersIsRefusedBeforeReadingThem() throws Exception {
        String huge = map(layer(base64("zlib", zlib(new byte[4]))).replace("width=\"20\" height=\"10\"",
                "width=\"10000\" height=\"10000\"")).replaceFirst("width=\"20\" height=\"10\"", "width=\"10000\" height=\"10000\"");
        assertThatThrownBy(() -> TmxReader.read(new TestMaps(dir).write("m.tmx", huge))).hasMessageEndingWith(
                "m.tmx: layer 'art' takes the map's tile layers to 100000000 tiles (width x height x layers); the limit is "
                        + TileLayerReader.MAX_TILES + ": make the map smaller or use fewer tile layers");
    }

    @Test
    void tilesNoTilesetHoldsAreRefusedWithTheirCell() throws Exception {
        int[] gids = new int[200];
        gids[47] = 9 | H;
        assertThatThrownBy(() -> read(layer(csv(gids)))).hasMessageEndingWith(
                "m.tmx: layer 'art' shows tile 9 at column 7, row 2, which no tileset of the map holds (is a tileset or"
                        + " its image smaller than when the map was saved?)");
    }

    @Test
    void tilesetImagesMustBePngsWithinTheSizeLimit() throws Exception {
        Files.write(dir.resolve("sheet.png"), "GIF89a not a png at all".getBytes());
        assertThatThrownBy(() -> read("")).hasMessageEndingWith("m.tmx: tileset 't' image 'sheet.png' is not a PNG file;"
                + " export it as PNG");
        Files.write(dir.resolve("sheet.png"), pngHeader(5000, 10));
        assertThatThrownBy(() -> read("")).hasMessageEndingWith(
                "m.tmx: tileset 't' image 'sheet.png' is 5000 x 10 pixels; the limit is 4096 each way");
        Files.write(dir.resolve("sheet.png"), pngHeader(4096, 4096));
        String twoSheets = map("").replace("</tileset>", "</tileset>\n<tileset firstgid=\"99\" name=\"u\" tilewidth=\"32\""
                + " tileheight=\"32\"><image source=\"sheet.png\"/></tileset>");
        assertThatThrownBy(() -> TmxReader.read(new TestMaps(dir).write("m.tmx", twoSheets))).hasMessageEndingWith(
                "m.tmx: the tileset images hold 33554432 pixels in all; the limit is 16777216 (one 4096 x 4096 sheet):"
                        + " use smaller or fewer images");
    }

    @Test
    void animationsMustShowTilesTheTilesetHolds() throws Exception {
        String map = map("").replace("</tileset>", "<tile id=\"1\"><animation><frame tileid=\"7\" duration=\"100\"/>"
                + "</animation></tile></tileset>");
        assertThatThrownBy(() -> TmxReader.read(new TestMaps(dir).write("m.tmx", map))).hasMessageEndingWith(
                "m.tmx: tileset 't' has an animation showing tile 7, which it does not hold");
    }

    @Test
    void mutatedTileLayersAndTilesetsReadOrAreRefusedCleanly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("tile-layers"));
        for (String file : new String[] {"marks.tsx", "marks.png", "fill.png"}) {
            Files.copy(RESOURCES.resolve("tile-layers").resolve(file), folder.resolve(file));
        }
        String map = Files.readString(RESOURCES.resolve("tile-layers.tmx"));
        String tileset = Files.readString(RESOURCES.resolve("tile-layers").resolve("marks.tsx"));
        String[] values = {"", "x", "-1", "0", "1", "7", "99999", "4294967296", "1e9", "NaN", "zstd", "csv", "#zz", "0.5"};
        Matcher attributes = Pattern.compile(" (\\w+)=\"([^\"]*)\"").matcher("");
        Random random = new Random(8);
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            boolean inTileset = random.nextInt(4) == 0;
            String text = inTileset ? tileset : map;
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0:
                    attributes.reset(text);
                    if (attributes.find(at)) {
                        text = text.substring(0, attributes.start(2)) + values[random.nextInt(values.length)]
                                + text.substring(attributes.end(2));
                    }
                    break;
                case 1:
                    text = text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(12)));
                    break;
                default:
                    text = text.substring(0, at) + (char) ('0' + random.nextInt(75)) + text.substring(at + 1);
                    break;
            }
            Files.writeString(folder.resolve("marks.tsx"), inTileset ? text : tileset);
            FileHandle file = new TestMaps(dir).write("m.tmx", inTileset ? map : text);
            try {
                TmxReader.read(file);
            } catch (LevelException e) {
                assertThat(e.getMessage()).as("mutation %d", i).startsWith(file.path()).doesNotContain("\n");
                refused++;
            }
        }
        assertThat(refused).as("many mutations are refused, and each with a message").isGreaterThan(30);
    }

    private TmxDocument read(String layers) throws Exception {
        return TmxReader.read(new TestMaps(dir).write("m.tmx", map(layers)));
    }

    /** The base map with a 64 x 64 sheet of four 32 px tiles and these layers under its object layer. */
    private String map(String layers) throws Exception {
        if (!Files.exists(dir.resolve("sheet.png"))) {
            Files.copy(RESOURCES.resolve("tile-layers").resolve("marks.png"), dir.resolve("sheet.png"));
        }
        return TestMaps.base("").replace("<objectgroup", "<tileset firstgid=\"1\" name=\"t\" tilewidth=\"32\""
                + " tileheight=\"32\"><image source=\"sheet.png\" width=\"64\" height=\"64\"/></tileset>\n" + layers
                + "<objectgroup");
    }

    private static String layer(String data) {
        return "<layer id=\"9\" name=\"art\" width=\"20\" height=\"10\">" + data + "</layer>\n";
    }

    private static String csv(int[] gids) {
        StringBuilder text = new StringBuilder("<data encoding=\"csv\">\n");
        for (int i = 0; i < gids.length; i++) {
            text.append(Integer.toUnsignedString(gids[i])).append(i + 1 < gids.length ? "," : "").append(i % 20 == 19 ? "\n" : "");
        }
        return text.append("</data>").toString();
    }

    private static String xml(int[] gids) {
        StringBuilder text = new StringBuilder("<data>");
        for (int gid : gids) {
            text.append("<tile gid=\"").append(Integer.toUnsignedString(gid)).append("\"/>");
        }
        return text.append("</data>").toString();
    }

    private static String base64(String compression, byte[] bytes) {
        return "<data encoding=\"base64\"" + (compression.isEmpty() ? "" : " compression=\"" + compression + "\"") + ">\n   "
                + Base64.getEncoder().encodeToString(bytes) + "\n  </data>";
    }

    private static byte[] raw(int[] gids) {
        ByteBuffer buffer = ByteBuffer.allocate(gids.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int gid : gids) {
            buffer.putInt(gid);
        }
        return buffer.array();
    }

    private static byte[] zlib(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    /** The first 24 bytes of a PNG of that size: all the reader looks at. */
    private static byte[] pngHeader(int width, int height) {
        return ByteBuffer.allocate(24).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
            'I', 'H', 'D', 'R'}).putInt(width).putInt(height).array();
    }
}
