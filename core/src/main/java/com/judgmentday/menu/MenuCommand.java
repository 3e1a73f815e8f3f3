package com.judgmentday.menu;

/** What every device's menu input comes down to: keyboard, mouse and gamepad adapters send these. */
public enum MenuCommand {
    UP,
    DOWN,
    LEFT,
    RIGHT,
    CONFIRM,
    BACK
}
