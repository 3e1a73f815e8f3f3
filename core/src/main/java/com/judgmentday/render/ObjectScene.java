package com.judgmentday.render;

import com.badlogic.ashley.core.Entity;
import com.badlogic.ashley.utils.ImmutableArray;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.Mappers;
import com.judgmentday.level.LevelDef;
import com.judgmentday.render.art.SpriteAtlas;

/** What the object drawers share: the level, its entities, the art and the drawing helpers. */
final class ObjectScene {
    final LevelDef level;
    final ImmutableArray<Entity> entities;
    /** The art, or null: shapes only. */
    final SpriteAtlas atlas;
    final HazardDrawer works;
    final SceneryDrawer scenery;
    final PropDrawer props;
    /** Seconds drawn so far, for set dressing that turns or runs. */
    float clock;

    ObjectScene(LevelDef level, ImmutableArray<Entity> entities, SpriteAtlas atlas, HazardDrawer works,
                SceneryDrawer scenery, PropDrawer props) {
        this.level = level;
        this.entities = entities;
        this.atlas = atlas;
        this.works = works;
        this.scenery = scenery;
        this.props = props;
    }

    /** True when the art has a sprite of that name. */
    boolean art(String sprite) {
        return works.has(sprite);
    }

    static boolean is(Entity entity, EntityKind kind) {
        return Mappers.IDENTITY.get(entity).kind == kind;
    }
}
