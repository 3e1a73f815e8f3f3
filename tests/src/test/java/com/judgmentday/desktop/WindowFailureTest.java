package com.judgmentday.desktop;

import com.badlogic.gdx.utils.GdxRuntimeException;
import com.judgmentday.level.LevelException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure: a failed window is blamed on the display only when opening the display is what failed. */
class WindowFailureTest {
    /** What LWJGL's GLFW error printer writes when X11 can't connect. */
    private static final String GLFW_SAID = "[LWJGL] GLFW_PLATFORM_UNAVAILABLE error\n"
            + "\tDescription : X11: Failed to open display :97\n"
            + "\tStacktrace  :\n"
            + "\t\torg.lwjgl.glfw.GLFW.glfwInit(GLFW.java:1079)\n";

    @Test
    void withoutDisplayOrWaylandOnLinuxThereIsNoWindowToOpenAndItSaysHowToGetOne() {
        String message = WindowFailure.noDisplay(Map.<String, String>of()::get, "Linux");
        assertThat(message).startsWith("no display to open the game window on (DISPLAY is not set)")
                .contains("xvfb-run -a java -jar judgment-day.jar").doesNotContain("\n");
        assertThat(WindowFailure.noDisplay(Map.of("DISPLAY", " ")::get, "FreeBSD")).isEqualTo(message);
    }

    @Test
    void aDisplayAWaylandSessionOrAnotherSystemNeedNoCheck() {
        assertThat(WindowFailure.noDisplay(Map.of("DISPLAY", ":0")::get, "Linux")).isNull();
        assertThat(WindowFailure.noDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0")::get, "Linux")).isNull();
        assertThat(WindowFailure.noDisplay(Map.<String, String>of()::get, "Windows 11")).isNull();
        assertThat(WindowFailure.noDisplay(Map.<String, String>of()::get, "Mac OS X")).isNull();
    }

    @Test
    void glfwFailingToStartIsTheDisplayNamedWithWhatGlfwSaid() {
        WindowFailure failure = WindowFailure.of(fromBackend("Unable to initialize GLFW"), GLFW_SAID, ":97");
        assertThat(failure.kind).isEqualTo(WindowFailure.Kind.DISPLAY);
        assertThat(failure.message).startsWith("can't open the display :97 (GLFW: X11: Failed to open display :97)")
                .contains("xvfb-run").doesNotContain("\n").doesNotContain("Stacktrace");
    }

    @Test
    void noWindowOnAWorkingDisplayIsAboutOpenGlNotTheDisplay() {
        WindowFailure failure = WindowFailure.of(fromBackend("Couldn't create window"), "", ":0");
        assertThat(failure.kind).isEqualTo(WindowFailure.Kind.GRAPHICS);
        assertThat(failure.message).startsWith("can't open the game window (Couldn't create window)")
                .contains("OpenGL 2.0").doesNotContain("display");
    }

    @Test
    void runningOutOfMemoryIsSaidAsSuchEvenWrappedByTheBackend() {
        GdxRuntimeException wrapped = fromBackend(new OutOfMemoryError("Java heap space"));
        WindowFailure failure = WindowFailure.of(wrapped, "", ":0");
        assertThat(failure.kind).isEqualTo(WindowFailure.Kind.OUT_OF_MEMORY);
        assertThat(failure.message).startsWith("the game ran out of memory (Java heap space)").contains("-Xmx")
                .doesNotContain("display");
        assertThat(WindowFailure.of(new OutOfMemoryError("Metaspace"), "", ":0").kind)
                .isEqualTo(WindowFailure.Kind.OUT_OF_MEMORY);
    }

    @Test
    void aBadLevelIsTheLevelsOwnMessage() {
        LevelException level = new LevelException("levels/x.tmx: can't read the map (line 3)");
        WindowFailure failure = WindowFailure.of(new GdxRuntimeException(level), GLFW_SAID, ":0");
        assertThat(failure.kind).isEqualTo(WindowFailure.Kind.USER);
        assertThat(failure.message).isEqualTo("levels/x.tmx: can't read the map (line 3)");
    }

    @Test
    void anythingTheGameThrowsIsABugKeptWholeEvenWhenGlfwComplainedToo() {
        GdxRuntimeException inGame = new GdxRuntimeException("Couldn't load file: art/missing.png");
        WindowFailure failure = WindowFailure.of(inGame, GLFW_SAID, ":0");
        assertThat(failure.kind).isEqualTo(WindowFailure.Kind.BUG);
        assertThat(failure.cause).isSameAs(inGame);
        assertThat(WindowFailure.of(new IllegalStateException("no player"), "", ":0").kind)
                .isEqualTo(WindowFailure.Kind.BUG);
        assertThat(WindowFailure.of(fromBackend(new IllegalStateException("in create()")), "", ":0").kind)
                .as("the backend's wrapping of the game's exception").isEqualTo(WindowFailure.Kind.BUG);
    }

    @Test
    void glfwsDescriptionIsFoundInItsPrintedReport() {
        assertThat(WindowFailure.firstDescription(GLFW_SAID)).isEqualTo("X11: Failed to open display :97");
        assertThat(WindowFailure.firstDescription("something odd\nmore")).isEqualTo("something odd");
        assertThat(WindowFailure.firstDescription("")).isEmpty();
    }

    /** An exception as the LWJGL3 backend throws it from its own code. */
    private static GdxRuntimeException fromBackend(String message) {
        return backendTrace(new GdxRuntimeException(message));
    }

    private static GdxRuntimeException fromBackend(Throwable cause) {
        return backendTrace(new GdxRuntimeException(cause));
    }

    private static GdxRuntimeException backendTrace(GdxRuntimeException e) {
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application", "initializeGlfw",
                    "Lwjgl3Application.java", 89)});
        return e;
    }
}
