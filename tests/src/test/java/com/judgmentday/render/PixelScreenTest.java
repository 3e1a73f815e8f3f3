package com.judgmentday.render;

import com.badlogic.gdx.math.Matrix4;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.math.Vector3;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Text and pointers meet the virtual screen where the art is shown: the same whole-number scale and letterbox. */
class PixelScreenTest {
    @Test
    void theScaleIsTheLargestWholeNumberThatFits() {
        assertThat(PixelScreen.scaleFor(1280, 720)).isEqualTo(2);
        assertThat(PixelScreen.scaleFor(1920, 1080)).isEqualTo(3);
        assertThat(PixelScreen.scaleFor(1920, 1200)).isEqualTo(3);
        assertThat(PixelScreen.scaleFor(1366, 768)).isEqualTo(2);
        assertThat(PixelScreen.scaleFor(600, 300)).isEqualTo(1);
    }

    @Test
    void virtualPixelsLandOnWholeWindowPixelsInsideTheLetterbox() {
        // 1366 x 768 shows 1280 x 720 at scale 2, 43 pixels in from the left, 24 up from the bottom.
        Matrix4 projection = PixelScreen.project(new Matrix4(), 1366, 768);
        assertThat(window(projection, 0, 0, 1366, 768)).isEqualTo(new Vector2(43, 24));
        assertThat(window(projection, PixelScreen.WIDTH, PixelScreen.HEIGHT, 1366, 768)).isEqualTo(new Vector2(1323, 744));
        assertThat(window(projection, 1, 1, 1366, 768)).isEqualTo(new Vector2(45, 26));
    }

    @Test
    void aPointerPositionComesBackAsTheVirtualPixelUnderIt() {
        // y down in pointer units, y up in virtual pixels.
        Vector2 corner = PixelScreen.toVirtual(new Vector2(43, 768 - 24), 1366, 768, 1366, 768);
        assertThat(corner.x).isCloseTo(0f, within(1e-4f));
        assertThat(corner.y).isCloseTo(0f, within(1e-4f));
        Vector2 middle = PixelScreen.toVirtual(new Vector2(683, 384), 1366, 768, 1366, 768);
        assertThat(middle.x).isCloseTo(320f, within(1e-4f));
        assertThat(middle.y).isCloseTo(180f, within(1e-4f));
    }

    @Test
    void onAHighDensityScreenPointerUnitsAreScaledToTheBackBufferFirst() {
        // A 1280 x 720 window in pointer units, 2560 x 1440 pixels: scale 4; the top left is (0, 360).
        Vector2 topLeft = PixelScreen.toVirtual(new Vector2(0, 0), 1280, 720, 2560, 1440);
        assertThat(topLeft.x).isCloseTo(0f, within(1e-4f));
        assertThat(topLeft.y).isCloseTo(360f, within(1e-4f));
        Vector2 point = PixelScreen.toVirtual(new Vector2(2, 718), 1280, 720, 2560, 1440);
        assertThat(point.x).isCloseTo(1f, within(1e-4f));
        assertThat(point.y).isCloseTo(1f, within(1e-4f));
    }

    /** Where the projection puts a virtual point on a window of this size (the viewport is the whole window). */
    private static Vector2 window(Matrix4 projection, float x, float y, int width, int height) {
        Vector3 ndc = new Vector3(x, y, 0f).prj(projection);
        return new Vector2(Math.round((ndc.x + 1f) / 2f * width * 1000f) / 1000f,
                Math.round((ndc.y + 1f) / 2f * height * 1000f) / 1000f);
    }
}
