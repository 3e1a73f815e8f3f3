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
    public static final ComponentMapper<ExitComponent> EXIT = ComponentMapper.getFor(ExitComponent.class);
    public static final ComponentMapper<RouteComponent> ROUTE = ComponentMapper.getFor(RouteComponent.class);
    public static final ComponentMapper<SizeComponent> SIZE = ComponentMapper.getFor(SizeComponent.class);
    public static final ComponentMapper<ShapeComponent> SHAPE = ComponentMapper.getFor(ShapeComponent.class);
    public static final ComponentMapper<SurfaceComponent> SURFACE = ComponentMapper.getFor(SurfaceComponent.class);
    public static final ComponentMapper<PersonComponent> PERSON = ComponentMapper.getFor(PersonComponent.class);
    public static final ComponentMapper<T1000Component> T1000 = ComponentMapper.getFor(T1000Component.class);
    public static final ComponentMapper<LiquidComponent> LIQUID = ComponentMapper.getFor(LiquidComponent.class);
    public static final ComponentMapper<AppearanceComponent> APPEARANCE = ComponentMapper.getFor(AppearanceComponent.class);
    public static final ComponentMapper<DamageComponent> DAMAGE = ComponentMapper.getFor(DamageComponent.class);
    public static final ComponentMapper<ElevatorComponent> ELEVATOR = ComponentMapper.getFor(ElevatorComponent.class);
    public static final ComponentMapper<ConveyorComponent> CONVEYOR = ComponentMapper.getFor(ConveyorComponent.class);
    public static final ComponentMapper<CrusherComponent> CRUSHER = ComponentMapper.getFor(CrusherComponent.class);
    public static final ComponentMapper<CatchesComponent> CATCHES = ComponentMapper.getFor(CatchesComponent.class);
    public static final ComponentMapper<ArmComponent> ARM = ComponentMapper.getFor(ArmComponent.class);
    public static final ComponentMapper<PoseComponent> POSE = ComponentMapper.getFor(PoseComponent.class);
    public static final ComponentMapper<AimComponent> AIM = ComponentMapper.getFor(AimComponent.class);
    public static final ComponentMapper<RidingComponent> RIDING = ComponentMapper.getFor(RidingComponent.class);
    public static final ComponentMapper<VolleyComponent> VOLLEY = ComponentMapper.getFor(VolleyComponent.class);
    public static final ComponentMapper<AwarenessComponent> AWARENESS = ComponentMapper.getFor(AwarenessComponent.class);
    public static final ComponentMapper<LimpComponent> LIMP = ComponentMapper.getFor(LimpComponent.class);
    public static final ComponentMapper<GuardedComponent> GUARDED = ComponentMapper.getFor(GuardedComponent.class);
    public static final ComponentMapper<PlatformComponent> PLATFORM = ComponentMapper.getFor(PlatformComponent.class);
    public static final ComponentMapper<DoorComponent> DOOR = ComponentMapper.getFor(DoorComponent.class);
    public static final ComponentMapper<SwitchComponent> SWITCH = ComponentMapper.getFor(SwitchComponent.class);
    public static final ComponentMapper<BreakableComponent> BREAKABLE = ComponentMapper.getFor(BreakableComponent.class);
    public static final ComponentMapper<LoadComponent> LOAD = ComponentMapper.getFor(LoadComponent.class);
    public static final ComponentMapper<WinchComponent> WINCH = ComponentMapper.getFor(WinchComponent.class);
    public static final ComponentMapper<HungComponent> HUNG = ComponentMapper.getFor(HungComponent.class);
    public static final ComponentMapper<KeyringComponent> KEYRING = ComponentMapper.getFor(KeyringComponent.class);
    public static final ComponentMapper<MeleeComponent> MELEE = ComponentMapper.getFor(MeleeComponent.class);
    public static final ComponentMapper<ControlComponent> CONTROL = ComponentMapper.getFor(ControlComponent.class);

    public static final ComponentMapper<HeatComponent> HEAT = ComponentMapper.getFor(HeatComponent.class);
    public static final ComponentMapper<HazardComponent> HAZARD = ComponentMapper.getFor(HazardComponent.class);

    public static final ComponentMapper<HealthComponent> HEALTH = ComponentMapper.getFor(HealthComponent.class);
    public static final ComponentMapper<ProjectileComponent> PROJECTILE = ComponentMapper.getFor(ProjectileComponent.class);
    public static final ComponentMapper<GasComponent> GAS = ComponentMapper.getFor(GasComponent.class);
    public static final ComponentMapper<FragmentComponent> FRAGMENT = ComponentMapper.getFor(FragmentComponent.class);
    public static final ComponentMapper<PickupComponent> PICKUP = ComponentMapper.getFor(PickupComponent.class);

    private Mappers() {
    }
}
