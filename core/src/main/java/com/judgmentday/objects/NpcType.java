package com.judgmentday.objects;

import com.judgmentday.level.LevelDef;
import com.judgmentday.level.MapObject;
import com.judgmentday.level.ObjectTypeDef;
import com.judgmentday.level.PersonDef;
import static com.judgmentday.level.ObjectShape.POINT;
import static com.judgmentday.level.ObjectShape.RECTANGLE;

/** A bystander; the cast step makes them after the player and John (their ids follow). */
final class NpcType extends ObjectType<PersonDef> {
    NpcType() {
        super(new ObjectTypeDef("npc", "A person: civilians, guards, police, SWAT. None should die.", POINT, RECTANGLE)
                .choice("role", "civilian", "who they are; a role with a tree in tuning.json's roles acts (civilians"
                        + " flee and cower, guards patrol, chase, grab and club, police take cover and shoot), the others"
                        + " stand", "civilian", "guard",
                        "orderly", "police", "swat", "pilot")
                .choice("behaviour", "idle", "what they do before anything alarms them: only idle yet (a guard with a"
                        + " path walks it; what each does when alarmed is its role's)", "idle")
                .ref("path", "0", "a path (polyline) a role that patrols (a guard) walks, end to end and back; none:"
                        + " it stands its post", "path")
                .line("line", "the key of a line (assets/data/lines.txt) the T-1000 can copy when it samples them")
                .number("delay", "0", 0, 600, "seconds after the level starts before they enter"));
    }

    @Override
    public PersonDef read(ObjectReading in) {
        PersonDef person = new PersonDef();
        person.objectId = in.object.id;
        person.role = in.text("role");
        person.line = in.text("line");
        MapObject path = in.ref("path");
        person.path = path == null ? new float[0] : in.document.outline(path);
        person.x = in.feetX();
        person.y = in.feetY();
        person.delay = in.number("delay");
        return person;
    }

    @Override
    public void file(PersonDef def, LevelDef level) {
        level.people.add(def);
    }
}
