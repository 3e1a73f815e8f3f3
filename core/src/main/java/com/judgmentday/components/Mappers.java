package com.judgmentday.components;

import com.badlogic.ashley.core.ComponentMapper;

/** Fast component look-ups, shared because a mapper holds no state of its own. */
public final class Mappers {
    public static final ComponentMapper<IdentityComponent> IDENTITY = ComponentMapper.getFor(IdentityComponent.class);
    public static final ComponentMapper<TransformComponent> TRANSFORM = ComponentMapper.getFor(TransformComponent.class);
    public static final ComponentMapper<BodyComponent> BODY = ComponentMapper.getFor(BodyComponent.class);
    public static final ComponentMapper<CharacterComponent> CHARACTER = ComponentMapper.getFor(CharacterComponent.class);
    public static final ComponentMapper<MoveIntentComponent> INTENT = ComponentMapper.getFor(MoveIntentComponent.class);
    public static final ComponentMapper<InputComponent> INPUT = ComponentMapper.getFor(InputComponent.class);
    public static final ComponentMapper<FollowComponent> FOLLOW = ComponentMapper.getFor(FollowComponent.class);
    public static final ComponentMapper<WeaponComponent> WEAPON = ComponentMapper.getFor(WeaponComponent.class);
    public static final ComponentMapper<ZoneComponent> ZONE = ComponentMapper.getFor(ZoneComponent.class);
    public static final ComponentMapper<SizeComponent> SIZE = ComponentMapper.getFor(SizeComponent.class);
    public static final ComponentMapper<ShapeComponent> SHAPE = ComponentMapper.getFor(ShapeComponent.class);
    public static final ComponentMapper<PlayerComponent> PLAYER = ComponentMapper.getFor(PlayerComponent.class);

    private Mappers() {
    }
}
