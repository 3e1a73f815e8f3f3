package com.judgmentday.render;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShaderProgram;
import com.badlogic.gdx.utils.Disposable;

/**
 * The T-1000's liquid metal: its chrome sprite lit by a moving environment, a bright reflection band
 * sliding over the surface as it moves (world-space, so the band stays on the world, not the sprite).
 * Falls back to plain drawing where the shader doesn't compile.
 */
final class LiquidMetalShader implements Disposable {
    private static final String VERTEX = ""
            + "attribute vec4 a_position;\n"
            + "attribute vec4 a_color;\n"
            + "attribute vec2 a_texCoord0;\n"
            + "uniform mat4 u_projTrans;\n"
            + "varying vec4 v_color;\n"
            + "varying vec2 v_texCoords;\n"
            + "varying vec2 v_world;\n"
            + "void main() {\n"
            + "  v_color = a_color;\n"
            + "  v_color.a = v_color.a * (255.0 / 254.0);\n"
            + "  v_texCoords = a_texCoord0;\n"
            + "  v_world = a_position.xy;\n"
            + "  gl_Position = u_projTrans * a_position;\n"
            + "}\n";
    private static final String FRAGMENT = ""
            + "#ifdef GL_ES\nprecision mediump float;\n#endif\n"
            + "varying vec4 v_color;\n"
            + "varying vec2 v_texCoords;\n"
            + "varying vec2 v_world;\n"
            + "uniform sampler2D u_texture;\n"
            + "uniform float u_time;\n"
            + "void main() {\n"
            + "  vec4 c = texture2D(u_texture, v_texCoords) * v_color;\n"
            + "  float wave = sin(v_world.y * 5.0 + v_world.x * 1.7 - u_time * 2.5);\n"
            + "  float band = pow(wave * 0.5 + 0.5, 8.0);\n"
            + "  vec3 sky = mix(vec3(0.62, 0.60, 0.70), vec3(1.05, 0.92, 0.85), clamp(v_world.y * 0.08, 0.0, 1.0));\n"
            + "  gl_FragColor = vec4(min(c.rgb * sky + band * 0.55, vec3(1.0)), c.a);\n"
            + "}\n";
    private final ShaderProgram program;
    private float time;

    LiquidMetalShader() {
        ShaderProgram compiled = new ShaderProgram(VERTEX, FRAGMENT);
        if (!compiled.isCompiled()) {
            Gdx.app.error("judgment-day", "the liquid-metal shader didn't compile, drawing plain chrome: " + compiled.getLog());
            compiled.dispose();
            compiled = null;
        }
        program = compiled;
    }

    void advance(float seconds) {
        time += seconds;
    }

    /** Switches the drawing batch to liquid metal (it draws plainly where the shader didn't compile). */
    void begin(SpriteBatch batch) {
        if (program != null) {
            // The batch flushes what it holds with its own shader first, then binds this one.
            batch.setShader(program);
            program.setUniformf("u_time", time);
        }
    }

    /** Back to the batch's own shader. */
    void end(SpriteBatch batch) {
        if (program != null) {
            batch.setShader(null);
        }
    }

    @Override
    public void dispose() {
        if (program != null) {
            program.dispose();
        }
    }
}
