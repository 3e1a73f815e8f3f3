package com.judgmentday.components;

import com.badlogic.ashley.core.Component;
import com.badlogic.gdx.utils.Array;

/** How the T-1000 looks: the form it wears, the people it has sampled, and what its skin has taken on. */
public final class AppearanceComponent implements Component, Hashed {
    /** The look it wears now ("police", "guard", "chrome" when it shows its liquid form...). */
    public String look = "police";
    /** Every look it has sampled, in order; it can become any of them. */
    public final Array<String> sampled = new Array<>();
    /** The line of dialogue that came with each sampled look ("" when they had none). */
    public final Array<String> lines = new Array<>();
    /** A pattern its body has picked up from what it touches ("chequered", "striped"), or empty. */
    public String pattern = "";
    /** Walking calmly as someone it sampled. */
    public boolean disguised;

    @Override
    public void hash(StateHash out) {
        out.add(look).addStrings(sampled).addStrings(lines).add(pattern).add(disguised);
    }
}
