package com.judgmentday.objects;

import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.math.MathUtils;
import com.judgmentday.components.DamageComponent;
import com.judgmentday.components.EntityKind;
import com.judgmentday.components.LoadComponent;
import com.judgmentday.components.SurfaceComponent;
import com.judgmentday.level.LoadDef;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.sim.EntityFactory;

import static com.judgmentday.level.ObjectShape.RECTANGLE;

/**
 * A swinging or suspended load: a heavy body on a chain from a fixed anchor above it (a revolute joint, a rigid
 * arm), swinging under gravity and blows; it hurts and knocks down whom it strikes hard (ImpactSystem) and drops when
 * its chain is cut (LoadSystem). Hanging, it is no ground to navigation; dropped, it is loose like a crate.
 */
final class LoadType extends ObjectType<LoadDef> {
    LoadType() {
        super(new ObjectTypeDef("load", "A heavy load hung by a chain from an anchor above it (the rectangle is the load"
                + " hanging at rest): it swings, strikes whoever it hits hard and, cut, drops.", RECTANGLE)
                .choice("kind", "crate", "what hangs (a ladle is drawn with the ladle sprite)", "crate", "beam", "bucket", "ladle")
                .number("chain", "3", 0.2f, 50, "metres of chain from the top of the load up to its anchor")
                .number("swing", "0", -170, 170, "degrees from straight down it starts at (positive: swung to the right)")
                .number("mass", "400", 1, 100000, "kg")
                .number("damage", "20", 0, 1000, "damage to a character it strikes at hitSpeed or faster")
                .number("hitSpeed", "3", 0.1f, 100, "m/s of approach below which a touch is only a push")
                .flag("lethal", false, "its damage can kill people (otherwise it knocks them down)")
                .flag("cuttable", false, "a shot or blast at the chain drops it (a beat's drop step always can)"));
    }

    @Override
    public LoadDef read(ObjectReading in) {
        LoadDef load = new LoadDef();
        float[] b = in.bounds();
        load.name = in.nameOr("load");
        load.objectId = in.object.id;
        load.kind = in.text("kind");
        load.x = b[0];
        load.y = b[1];
        load.width = b[2] - b[0];
        load.height = b[3] - b[1];
        load.chain = in.number("chain");
        load.swingDegrees = in.number("swing");
        load.mass = in.number("mass");
        load.damage = in.number("damage");
        load.hitSpeed = in.number("hitSpeed");
        load.lethal = in.flag("lethal");
        load.cuttable = in.flag("cuttable");
        return load;
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.CRATES;
    }

    @Override
    public void populate(LoadDef def, EntityFactory factory) {
        // The chain first, so the load is the entity the map object became (a beat's steps name it).
        Entity chain = factory.identified(EntityKind.LOAD, def.name + " chain");
        chain.add(new DamageComponent());
        SurfaceComponent steel = new SurfaceComponent();
        steel.material = "steel";
        chain.add(steel);
        factory.add(chain);
        Entity entity = factory.identified(EntityKind.LOAD, def.name);
        LoadComponent load = new LoadComponent();
        load.def = def;
        load.chain = chain;
        load.joint = factory.bodies().load(entity, chain, def.anchorX(), def.anchorY(), def.chain + def.height / 2f,
                def.swingDegrees * MathUtils.degreesToRadians, def.width, def.height, def.mass);
        EntityFactory.withBody(entity, load.joint.getBodyB());
        entity.add(load);
        factory.add(entity);
    }
}
