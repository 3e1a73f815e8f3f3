package com.judgmentday.render.art;

import com.badlogic.gdx.utils.ObjectMap;
import com.judgmentday.content.CharacterDef;
import com.judgmentday.content.ClasspathFile;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every character's sprite and HUD portrait named in tuning.json is in the art, so none is drawn as shapes. */
class CharacterArtTest {
    @Test
    void everyCharactersSpriteAndIconExist() {
        ArtCatalog catalog = ArtCatalog.read(new ClasspathFile(ArtCatalog.INDEX));
        for (ObjectMap.Entry<String, CharacterDef> entry : TestContent.tuning().characters) {
            assertThat(catalog.sprites).as(entry.key + "'s sprite").containsKey(entry.value.sprite);
            if (!entry.value.icon.isEmpty()) {
                assertThat(catalog.sprites).as(entry.key + "'s icon").containsKey(entry.value.icon);
            }
        }
    }
}
