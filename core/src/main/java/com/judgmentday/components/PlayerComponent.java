package com.judgmentday.components;

import com.badlogic.ashley.core.Component;

/** Marks the character the player controls. */
public final class PlayerComponent implements Component {
}
