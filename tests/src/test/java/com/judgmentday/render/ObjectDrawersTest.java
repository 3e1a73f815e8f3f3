package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.LevelDef;
import com.judgmentday.objects.ObjectType;
import com.judgmentday.objects.ObjectTypes;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The render side of the registry: every type the game builds is drawn by one drawer, or says what shows it. */
class ObjectDrawersTest {
    @Test
    void everySimulatedTypeHasOneDrawerOrIsNamedUndrawn() {
        ImmutableArray<Entity> none = new ImmutableArray<>(new Array<>());
        ObjectScene scene = new ObjectScene(new LevelDef(), none, null, new HazardDrawer(null), new SceneryDrawer(none),
                new PropDrawer(null, null));
        Set<String> drawn = new HashSet<>();
        for (ObjectDrawer drawer : ObjectDrawers.standard(scene)) {
            assertThat(drawn.add(drawer.type())).as("a second drawer for " + drawer.type()).isTrue();
        }
        for (ObjectType<?> type : ObjectTypes.standard().all()) {
            if (type.notSimulated() == null) {
                assertThat(drawn.contains(type.name()) || ObjectDrawers.UNDRAWN.contains(type.name()))
                        .as(type.name() + " has a drawer in ObjectDrawers or is in its UNDRAWN").isTrue();
            }
        }
        for (String type : drawn) {
            assertThat(ObjectTypes.standard().type(type)).as("drawer for unknown type " + type).isNotNull();
        }
    }
}
