package com.judgmentday.architecture;

import com.badlogic.ashley.core.Component;
import com.badlogic.ashley.core.ComponentMapper;
import com.badlogic.ashley.core.Entity;
import com.badlogic.gdx.utils.Array;
import com.judgmentday.components.Hashed;
import com.judgmentday.components.Mappers;
import com.judgmentday.components.NotState;
import com.judgmentday.components.StateHash;
import com.judgmentday.components.TransformComponent;
import com.judgmentday.components.WeaponSlot;
import com.judgmentday.support.CoreClasses;
import com.judgmentday.support.StateFieldChecker;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** New state can't escape the determinism checks: every field of every component is in the state hash or says why not. */
class EveryFieldIsHashedTest {
    @Test
    void everyComponentInCoreHashesItsOwnState() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : CoreClasses.components()) {
            if (!Hashed.class.isAssignableFrom(type)) {
                missing.add(type.getName() + " implements Component but not Hashed: add hash(StateHash out) feeding every field");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyFieldOfEveryComponentOrHashedValueIsHashedOrMarkedNotState() {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : CoreClasses.stateful()) {
            problems.addAll(StateFieldChecker.problems(type));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theScanFindsEveryComponentTheGameLooksUp() throws Exception {
        List<Class<?>> mapped = new ArrayList<>();
        for (Field field : Mappers.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ComponentMapper.class) {
                mapped.add((Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0]);
            }
        }
        assertThat(mapped).hasSizeGreaterThan(20);
        assertThat(CoreClasses.components()).containsAll(mapped).contains(TransformComponent.class);
        assertThat(CoreClasses.stateful()).containsAll(mapped).contains(WeaponSlot.class);
    }

    @Test
    void theCheckNamesAFieldLeftOutOfTheHash() {
        assertThat(StateFieldChecker.problems(Forgetful.class)).containsExactly(
                "Forgetful.forgotten is not in the state hash: feed it into Forgetful.hash(StateHash), or mark it"
                + " @NotState(\"why\") if it is not gameplay state");
    }

    @Test
    void theCheckRefusesAFieldOfAnUnknownTypeUnlessItIsMarkedWithAReason() {
        assertThat(StateFieldChecker.problems(Opaque.class)).singleElement().asString()
                .startsWith("Opaque.cache (StringBuilder): the check can't vary this type").contains("@NotState(\"why\")");
        assertThat(StateFieldChecker.problems(Unexplained.class))
                .containsExactly("Unexplained.cache: @NotState needs a reason saying why the field is not gameplay state");
        assertThat(StateFieldChecker.problems(Explained.class)).isEmpty();
    }

    @Test
    void theCheckLooksInsideHeldValuesCollectionsAndEntities() {
        assertThat(StateFieldChecker.problems(Shallow.class)).containsExactly(
                "Shallow.slots[0].loaded is not in the state hash: feed it into Shallow.hash(StateHash), or mark it"
                + " @NotState(\"why\") if it is not gameplay state",
                "Shallow.slots[0].reserve is not in the state hash: feed it into Shallow.hash(StateHash), or mark it"
                + " @NotState(\"why\") if it is not gameplay state",
                "Shallow.target is not in the state hash: feed it into Shallow.hash(StateHash), or mark it"
                + " @NotState(\"why\") if it is not gameplay state");
    }

    /** Hashes one of its two numbers. */
    static final class Forgetful implements Component, Hashed {
        int counted;
        float forgotten;

        @Override
        public void hash(StateHash out) {
            out.add(counted);
        }
    }

    static final class Opaque implements Component, Hashed {
        final StringBuilder cache = new StringBuilder();

        @Override
        public void hash(StateHash out) {
        }
    }

    static final class Unexplained implements Component, Hashed {
        @NotState(" ")
        final StringBuilder cache = new StringBuilder();

        @Override
        public void hash(StateHash out) {
        }
    }

    static final class Explained implements Component, Hashed {
        @NotState("text built for the overlay from state hashed elsewhere")
        final StringBuilder cache = new StringBuilder();

        @Override
        public void hash(StateHash out) {
        }
    }

    /** Hashes how many slots it has, not what is in them, and whether it has a target, not whom. */
    static final class Shallow implements Component, Hashed {
        final Array<WeaponSlot> slots = new Array<>();
        Entity target;

        @Override
        public void hash(StateHash out) {
            out.add(slots.size).add(target != null);
        }
    }
}
