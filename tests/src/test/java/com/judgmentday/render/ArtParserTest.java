package com.judgmentday.render;

import com.judgmentday.content.ClasspathFile;
import com.judgmentday.level.LevelSchema;
import com.judgmentday.render.art.ArtCatalog;
import com.judgmentday.render.art.ArtException;
import com.judgmentday.render.art.ArtParser;
import com.judgmentday.render.art.SpriteDef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The art's text formats: read right, mistakes refused with the file, the line and what to do. */
class ArtParserTest {
    private static final String DOT = "sprite dot 3x2 origin 1,0 palette p\nanim idle 2 loop\nframe\n.o.\nooo\n";

    @Test
    void aSpriteReadsItsCanvasOriginPaletteAndFrames() {
        List<SpriteDef> sprites = ArtParser.sprites("a.txt", DOT + "frame\no.o\n.o.\nanim run 10 once\nframe\nooo\no.o\n");
        SpriteDef dot = sprites.get(0);
        assertThat(dot.width).isEqualTo(3);
        assertThat(dot.originX).isEqualTo(1);
        assertThat(dot.palette).isEqualTo("p");
        assertThat(dot.anims.get("idle").frames).hasSize(2);
        assertThat(dot.anims.get("idle").frames.get(1)).containsExactly("o.o", ".o.");
        assertThat(dot.anims.get("run").loop).isFalse();
        assertThat(dot.anims.get("run").framesPerSecond).isEqualTo(10f);
    }

    @Test
    void palettesMapCharactersToColours() {
        Map<String, Map<Character, Integer>> palettes = ArtParser.palettes("p.txt",
                "# the dark ones\npalette night\no #1a1c2c outline\ns #e0a87880 half-see-through skin\n");
        assertThat(palettes.get("night").get('o')).isEqualTo(0x1a1c2cff);
        assertThat(palettes.get("night").get('s')).isEqualTo(0xe0a87880);
    }

    @Test
    void mistakesNameTheFileTheLineAndTheFix() {
        assertThatThrownBy(() -> ArtParser.sprites("a.txt", DOT.replace("ooo\n", "oooo\n")))
                .isInstanceOf(ArtException.class).hasMessage("a.txt:5: row has 4 characters, the sprite 'dot' is 3 wide");
        assertThatThrownBy(() -> ArtParser.sprites("a.txt", DOT.replace("ooo\n", "")))
                .hasMessage("a.txt:3: the frame has 1 rows, the sprite 'dot' is 2 high");
        assertThatThrownBy(() -> ArtParser.sprites("a.txt", "anim idle 2 loop\n"))
                .hasMessage("a.txt:1: 'anim' before any 'sprite' line");
        assertThatThrownBy(() -> ArtParser.sprites("a.txt", "sprite dot 3x2 origin 1,0 palette p\n"))
                .hasMessage("a.txt:1: sprite 'dot' has no animations");
        assertThatThrownBy(() -> ArtParser.sprites("a.txt", "sprite dot 3 x 2\n"))
                .hasMessageStartingWith("a.txt:1: expected 'sprite <name> <w>x<h> origin <x>,<y> palette <name>'");
        assertThatThrownBy(() -> ArtParser.palettes("p.txt", "palette a\n. #000000 nothing\n"))
                .hasMessage("p.txt:2: '.' is always transparent; pick another character");
        assertThatThrownBy(() -> ArtParser.palettes("p.txt", "o #000000 outline\n"))
                .hasMessage("p.txt:1: a colour before any 'palette <name>' line");
    }

    @Test
    void theShippedArtReadsAndHasWhatTheGameDraws() {
        ArtCatalog art = ArtCatalog.read(new ClasspathFile(ArtCatalog.INDEX));
        for (String sprite : List.of("t800", "figure", "john")) {
            assertThat(art.sprites.get(sprite).anims).as(sprite).containsKeys("idle", "run", "jump", "fall", "climb");
        }
        assertThat(art.sprites.get("t800").anims).containsKey("shoot");
        for (String sprite : List.of("shotgun", "pistol", "m16", "minigun", "m79", "crate", "tank", "grenade", "shard",
                "droplet", "pickup-ammo", "pickup-grenades", "pickup-health", "tile-steel", "tile-concrete", "tile-dirt")) {
            assertThat(art.sprites).as("art/ has the sprite " + sprite).containsKey(sprite);
        }
        for (String look : List.of("police", "guard", "civilian", "orderly", "swat", "chrome", "frost")) {
            assertThat(art.palettesFor(art.sprites.get("figure"))).as("a figure can be drawn as " + look).contains(look);
        }
        assertThat(art.sprites.get("tank").anims).containsKey("ruptured");
    }

    @Test
    void everyBackdropAMapMayNameHasArtFillingTheScreen() {
        ArtCatalog art = ArtCatalog.read(new ClasspathFile(ArtCatalog.INDEX));
        for (String backdrop : LevelSchema.standard().mapProperties().property("backdrop").options) {
            if (backdrop.equals("none")) {
                continue;
            }
            SpriteDef back = art.sprites.getOrDefault("bg-" + backdrop + "-far", art.sprites.get("bg-" + backdrop + "-wall"));
            assertThat(back).as("art/ has bg-" + backdrop + "-far or bg-" + backdrop + "-wall").isNotNull();
            assertThat(360 % back.height).as(back.name + " fills the 360-pixel screen at a whole scale").isZero();
            assertThat(back.width * (360 / back.height)).as(back.name + " is at least a screen wide").isGreaterThanOrEqualTo(640);
        }
    }
}
