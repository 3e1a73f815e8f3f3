package com.judgmentday.objects;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.content.TuningDef;
import com.judgmentday.content.UserText;
import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.Problem;
import com.judgmentday.level.TmxDocument;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.PickupDef;
import com.judgmentday.sim.EntityFactory;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** Something the player picks up by walking into it: a weapon, ammunition, grenades, first aid or a key. */
final class PickupType extends ObjectType<PickupDef> {
    PickupType() {
        super(new ObjectTypeDef("pickup", "Something the player picks up.", POINT, RECTANGLE)
                .choice("item", "ammo", "what it is", "shotgun", "m16", "m79", "minigun", "pistol", "ammo", "grenades",
                        "health", "key")
                .whole("amount", "1", 1, 1000, "how many (shells, grenades, health points)")
                .choice("for", PickupDef.IN_HAND, "for item=ammo: the weapon whose rounds these are (carried, it gets"
                        + " them whatever is in hand; not carried, they stay where they lie); hand: the weapon in hand",
                        PickupDef.IN_HAND, "shotgun", "m16", "minigun", "pistol")
                .text("key", "", "for item=key: the name doors ask for"));
    }

    @Override
    public PickupDef read(ObjectReading in) {
        PickupDef pickup = new PickupDef();
        pickup.objectId = in.object.id;
        pickup.item = in.text("item");
        pickup.amount = in.whole("amount");
        pickup.key = in.text("key").trim();
        pickup.forWeapon = in.text("for");
        float[] b = in.bounds();
        // A point pickup is a small box standing on the point.
        float width = Math.max(b[2] - b[0], PickupDef.POINT_SIZE);
        float height = Math.max(b[3] - b[1], PickupDef.POINT_SIZE);
        pickup.x = (b[0] + b[2]) / 2f - width / 2f;
        pickup.y = b[1];
        pickup.width = width;
        pickup.height = height;
        return pickup;
    }

    @Override
    public void check(MapObject object, TuningDef tuning, TmxDocument document, Array<Problem> problems) {
        String weapon = object.properties.get("for", PickupDef.IN_HAND);
        if (!PickupDef.IN_HAND.equals(weapon) && !"ammo".equals(object.properties.get("item", "ammo"))) {
            problems.add(problem(document, object, "'for' names " + UserText.quote(weapon) + " but it is "
                    + UserText.quote(object.properties.get("item", "ammo")) + ", not ammo; take 'for' off, or make"
                    + " its item ammo"));
        }
    }

    @Override
    public void file(PickupDef def, LevelDef level) {
        level.pickups.add(def);
    }

    @Override
    public PopulationStage stage() {
        return PopulationStage.PICKUPS;
    }

    @Override
    public void populate(PickupDef def, EntityFactory factory) {
        factory.pickup(def);
    }
}
