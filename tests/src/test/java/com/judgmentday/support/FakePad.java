package com.judgmentday.support;

import com.badlogic.gdx.controllers.Controller;
import com.badlogic.gdx.controllers.ControllerListener;
import com.badlogic.gdx.controllers.ControllerMapping;
import com.badlogic.gdx.controllers.ControllerPowerLevel;

/**
 * A gamepad for tests, numbered as gdx-controllers' desktop backend numbers an Xbox-layout pad (no trigger
 * buttons: the triggers are axes 4 and 5). Tests send its events to a listener themselves.
 */
public final class FakePad implements Controller {
    public static final ControllerMapping MAPPING = new ControllerMapping(0, 1, 2, 3, 0, 1, 2, 3, 4, 6, 9,
            ControllerMapping.UNDEFINED, 10, ControllerMapping.UNDEFINED, 7, 8, 11, 12, 13, 14) {
    };

    @Override
    public boolean getButton(int buttonCode) {
        return false;
    }

    @Override
    public float getAxis(int axisCode) {
        return 0f;
    }

    @Override
    public String getName() {
        return "fake pad";
    }

    @Override
    public String getUniqueId() {
        return "fake-pad";
    }

    @Override
    public int getMinButtonIndex() {
        return 0;
    }

    @Override
    public int getMaxButtonIndex() {
        return 14;
    }

    @Override
    public int getAxisCount() {
        return 6;
    }

    @Override
    public boolean isConnected() {
        return true;
    }

    @Override
    public boolean canVibrate() {
        return false;
    }

    @Override
    public boolean isVibrating() {
        return false;
    }

    @Override
    public void startVibration(int duration, float strength) {
    }

    @Override
    public void cancelVibration() {
    }

    @Override
    public boolean supportsPlayerIndex() {
        return false;
    }

    @Override
    public int getPlayerIndex() {
        return PLAYER_IDX_UNSET;
    }

    @Override
    public void setPlayerIndex(int index) {
    }

    @Override
    public ControllerMapping getMapping() {
        return MAPPING;
    }

    @Override
    public ControllerPowerLevel getPowerLevel() {
        return ControllerPowerLevel.POWER_UNKNOWN;
    }

    @Override
    public void addListener(ControllerListener listener) {
    }

    @Override
    public void removeListener(ControllerListener listener) {
    }
}
