package com.judgmentday.render;

import com.badlogic.gdx.graphics.Color;

/** The colours of the placeholder look: a desert dusk at Salceda's ranch. */
final class Palette {
    static final Color SKY_TOP = new Color(0x2a1f4aff);
    static final Color SKY_BOTTOM = new Color(0xe8894aff);
    static final Color GROUND = new Color(0x6b4a33ff);
    static final Color BARS = new Color(0x9aa3adff);
    static final Color GROUND_EDGE = new Color(0xc8955aff);
    static final Color CRATE = new Color(0x9c6b35ff);
    static final Color CRATE_PLANK = new Color(0x6e4a22ff);
    static final Color EXIT = new Color(0.35f, 0.85f, 0.4f, 0.25f);
    static final Color EXIT_EDGE = new Color(0.45f, 1f, 0.5f, 0.9f);
    static final Color JACKET = new Color(0x1c1a1dff);
    static final Color JEANS = new Color(0x2d3a52ff);
    static final Color SKIN = new Color(0xc99a78ff);
    static final Color SHADES = new Color(0x050505ff);
    static final Color EYE = new Color(0xff2a1aff);
    static final Color SHIRT = new Color(0x8a8f96ff);
    static final Color HAIR = new Color(0x5a3a22ff);
    static final Color GUN = new Color(0x3b3b3bff);
    static final Color FLASH = new Color(1f, 0.85f, 0.3f, 1f);
    static final Color POLICE = new Color(0x1f2a44ff);
    static final Color POLICE_TROUSERS = new Color(0x15181fff);
    static final Color GUARD = new Color(0x7a7458ff);
    static final Color CIVILIAN = new Color(0x8a4f6bff);
    static final Color CHROME = new Color(0xc9d2dbff);
    static final Color CHROME_DARK = new Color(0x7d8894ff);
    static final Color LADDER = new Color(0x8d6e4cff);
    static final Color CHAIN = new Color(0x5c636bff);
    /** Chequer plate, as the mill's floor tile has it: the steel and the raised treads. */
    static final Color PLATE = new Color(0x57616cff);
    static final Color PLATE_TREAD = new Color(0x7d8894ff);
    /** A roller shutter's bottom rail, safety yellow. */
    static final Color SHUTTER_RAIL = new Color(0xe8b820ff);
    static final Color MOLTEN = new Color(0xd9480fff);
    static final Color MOLTEN_SKIN = new Color(0xffd43bff);
    static final Color NITROGEN = new Color(0xa5d8ffe6);
    static final Color NITROGEN_SKIN = new Color(0xe7f5ffff);
    static final Color NITROGEN_MIST = new Color(0.85f, 0.93f, 1f, 0.3f);
    /** The T-1000 chilled or frozen: frosted. */
    static final Color FROST = new Color(0xd0ebffff);
    static final Color FROST_DARK = new Color(0x91a7c0ff);

    private Palette() {
    }
    /** Blood, or a casualty lying where they fell. */
    public static final Color WOUND = new Color(0x8a1c1cff);
    static final Color HUD_INTEGRITY = new Color(0xc83c28ff);
    static final Color HUD_JOHN = new Color(0x5aa0dcff);
    /** The objective banner: an amber that reads over any backdrop. */
    static final Color HUD_OBJECTIVE = new Color(0xffc850ff);
}
