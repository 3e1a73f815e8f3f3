package com.judgmentday.desktop;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure: GLFW's errors are held while the window opens, then passed on in order, or dropped when told another way. */
class HeldOutputTest {
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final AtomicBoolean gameUp = new AtomicBoolean();
    private final HeldOutput held = new HeldOutput(new PrintStream(terminal, true, StandardCharsets.UTF_8), gameUp::get);
    private final PrintStream glfw = new PrintStream(held, true, StandardCharsets.UTF_8);

    @Test
    void whatIsHeldReachesTheTerminalFirstOnceTheGameIsUp() {
        glfw.println("early");
        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(held.text()).isEqualTo("early\n");
        gameUp.set(true);
        glfw.println("later");
        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("early\nlater\n");
    }

    @Test
    void discardedTextIsNeverPrintedButLaterOutputIs() {
        glfw.println("told in one line instead");
        held.discard();
        glfw.println("after");
        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("after\n");
    }

    @Test
    void aFloodIsHeldOnlyUpToTheLimit() {
        byte[] flood = new byte[1 << 20];
        held.write(flood, 0, flood.length);
        assertThat(held.text().length()).isEqualTo(64 * 1024);
    }
}
