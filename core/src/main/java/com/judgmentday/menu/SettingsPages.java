package com.judgmentday.menu;

import com.judgmentday.input.Action;
import com.judgmentday.settings.Bindings;
import com.judgmentday.settings.Settings;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/** The settings pages: volumes, display, difficulty and assists; then keyboard and gamepad bindings. */
final class SettingsPages {
    private static final String[] OFF_ON = {"Off", "On"};
    private static final String[] PERCENT = percentages(0);
    private static final String[] SPEEDS = percentages(5);

    private SettingsPages() {
    }

    /** "0%" to "100%" in tens, from {@code fromTenths} tenths. */
    private static String[] percentages(int fromTenths) {
        String[] out = new String[11 - fromTenths];
        for (int i = 0; i < out.length; i++) {
            out[i] = (fromTenths + i) * 10 + "%";
        }
        return out;
    }

    static Menu settings(MenuFlow flow) {
        Settings s = flow.settings;
        Menu menu = new Menu("SETTINGS");
        menu.add(choice(flow, "Master volume", PERCENT, () -> tenths(s.masterVolume), i -> s.masterVolume = i / 10f));
        menu.add(choice(flow, "Music volume", PERCENT, () -> tenths(s.musicVolume), i -> s.musicVolume = i / 10f));
        menu.add(choice(flow, "Effects volume", PERCENT, () -> tenths(s.effectsVolume), i -> s.effectsVolume = i / 10f));
        menu.add(choice(flow, "Display", new String[] {"Window", "Fullscreen"}, () -> s.fullscreen ? 1 : 0,
                i -> s.fullscreen = i == 1).hint("F11 or Alt+Enter also switches"));
        menu.add(choice(flow, "Vsync", OFF_ON, () -> s.vsync ? 1 : 0, i -> s.vsync = i == 1)
                .hint("Waits for the screen's refresh: no tearing"));
        menu.add(choice(flow, "Screen shake", OFF_ON, () -> s.screenShake ? 1 : 0, i -> s.screenShake = i == 1)
                .hint("Lets the camera shake where the renderer shakes it"));
        menu.add(choice(flow, "Difficulty", new String[] {"Easy", "Normal", "Hard"},
                () -> Arrays.asList(Settings.DIFFICULTIES).indexOf(s.difficulty), i -> s.difficulty = Settings.DIFFICULTIES[i])
                .hint("How fast and sharp the T-1000 is; applies when a level starts or restarts"));
        menu.add(choice(flow, "Game speed", SPEEDS, () -> tenths(s.gameSpeed) - 5, i -> s.gameSpeed = (i + 5) / 10f)
                .hint("Assist: the game runs slower in real time (the same game, just slower)"));
        menu.add(choice(flow, "Invulnerability", OFF_ON, () -> s.invulnerable ? 1 : 0, i -> s.invulnerable = i == 1)
                .hint("Assist: the T-800 and John take no damage"));
        menu.add(new ActionItem("Keyboard controls", () -> flow.open(Page.KEYS)));
        menu.add(new ActionItem("Gamepad buttons", () -> flow.open(Page.PAD)));
        menu.add(new ActionItem("Back", flow::back));
        return menu.onBack(flow::back);
    }

    static Menu keys(MenuFlow flow) {
        Menu menu = new Menu("KEYBOARD CONTROLS");
        menu.line("Left/Right picks a slot, Enter rebinds it. Menus always use arrows, Enter and Esc.");
        for (Action action : Action.values()) {
            menu.add(new BindingItem(flow.settings.keys, action, flow.rebinding()));
        }
        return bindingTail(flow, menu, flow.settings.keys, Bindings.keyboardDefaults());
    }

    static Menu pad(MenuFlow flow) {
        Menu menu = new Menu("GAMEPAD BUTTONS");
        menu.line("The left stick and d-pad move. In menus A confirms, B goes back, Start pauses.");
        for (Action action : Settings.padActions()) {
            menu.add(new BindingItem(flow.settings.pad, action, flow.rebinding()));
        }
        return bindingTail(flow, menu, flow.settings.pad, Bindings.gamepadDefaults());
    }

    private static Menu bindingTail(MenuFlow flow, Menu menu, Bindings bindings, Bindings defaults) {
        menu.add(new ActionItem("Reset to defaults", () -> {
            bindings.copyFrom(defaults);
            menu.say("Defaults restored");
            flow.settingsChanged();
        }));
        menu.add(new ActionItem("Back", flow::back));
        return menu.onBack(flow::back);
    }

    private static int tenths(float fraction) {
        return Math.round(fraction * 10f);
    }

    /** A choice whose every change is applied and saved at once. */
    private static MenuItem choice(MenuFlow flow, String label, String[] options, IntSupplier current, IntConsumer set) {
        Consumer<Integer> apply = i -> {
            set.accept(i);
            flow.settingsChanged();
        };
        return new ChoiceItem(label, options, current, apply::accept);
    }
}
