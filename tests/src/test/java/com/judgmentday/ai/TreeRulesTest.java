package com.judgmentday.ai;

import com.badlogic.gdx.ai.btree.BehaviorTree;
import com.badlogic.gdx.ai.btree.utils.BehaviorTreeParser;
import com.judgmentday.content.ContentException;
import com.judgmentday.support.TestContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The behaviour trees keep to tasks that tick with the simulation: no wall clock, no global random, no global state. */
class TreeRulesTest {
    private static BehaviorTree<Object> parse(String text) {
        return new BehaviorTreeParser<>(BehaviorTreeParser.DEBUG_NONE).parse(text, null);
    }

    @Test
    void everyShippedTreeKeepsToTheRules() throws Exception {
        List<Path> trees;
        try (Stream<Path> files = Files.list(TestContent.assets().resolve("ai"))) {
            trees = files.filter(file -> file.toString().endsWith(".tree")).toList();
        }
        assertThat(trees).as("assets/ai holds the trees").isNotEmpty();
        for (Path file : trees) {
            assertThatCode(() -> TreeRules.check(file.getFileName().toString(), parse(Files.readString(file))))
                    .as(file.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void tasksThatReadTheClockTheGlobalRandomOrGlobalStateAreRefusedWithWhatToWriteInstead() {
        assertThatThrownBy(() -> TreeRules.check("a.tree", parse("root\n  sequence\n    success\n    wait seconds:1\n")))
                .isInstanceOf(ContentException.class)
                .hasMessage("a.tree: 'wait' reads the wall clock, which the ticked simulation does not keep; use 'waitTicks"
                        + " ticks:60' (import waitTicks:\"com.judgmentday.ai.tasks.WaitTicks\"; 60 ticks a second)");
        assertThatThrownBy(() -> TreeRules.check("b.tree", parse("root\n  randomSelector\n    success\n    failure\n")))
                .hasMessage("b.tree: 'randomSelector' shuffles with the global MathUtils.random; use 'selector'");
        assertThatThrownBy(() -> TreeRules.check("c.tree", parse("root\n  repeat times:\"uniform,1,3\"\n    success\n")))
                .hasMessage("c.tree: 'times' of Repeat is a random distribution, drawn from the global MathUtils.random;"
                        + " give it a constant");
        assertThatCode(() -> TreeRules.check("d.tree", parse("root\n  repeat times:3\n    invert\n      failure\n")))
                .as("a constant count is deterministic").doesNotThrowAnyException();
    }

    @Test
    void theLibraryReadsATreeOnceAndHandsEachAgentItsOwnClone() {
        TreeLibrary library = new TreeLibrary();
        assertThatThrownBy(() -> library.prepare("ai/nobody.tree")).isInstanceOf(ContentException.class)
                .hasMessage("ai/nobody.tree: the behaviour tree is missing (assets/ai)");
        BehaviorTree<Object> one = library.createBehaviorTree("ai/civilian.tree", "one");
        BehaviorTree<Object> two = library.createBehaviorTree("ai/civilian.tree", "two");
        assertThat(one).isNotSameAs(two);
        assertThat(one.getChild(0).getClass()).isEqualTo(two.getChild(0).getClass());
        assertThat(one.getObject()).isEqualTo("one");
        assertThat(two.getObject()).isEqualTo("two");
    }

    /** An agent whose clock the test turns. */
    private static final class Ticking extends AgentBrain {
        Ticking() {
            super(new com.badlogic.ashley.core.Entity());
        }

        void at(long now) {
            tick = now;
        }

        @Override
        protected boolean sense(Senses senses) {
            return true;
        }
    }

    @Test
    void waitTicksRunsForItsTicksOfTheSimulationsClockThenSucceeds() {
        BehaviorTree<AgentBrain> tree = new BehaviorTreeParser<AgentBrain>(BehaviorTreeParser.DEBUG_NONE).parse(
                "import waitTicks:\"com.judgmentday.ai.tasks.WaitTicks\"\nroot\n  waitTicks ticks:3\n", null);
        TreeRules.check("w.tree", tree);
        Ticking agent = new Ticking();
        tree.setObject(agent);
        agent.at(10);
        tree.step();
        assertThat(tree.getStatus()).isEqualTo(com.badlogic.gdx.ai.btree.Task.Status.RUNNING);
        agent.at(12);
        tree.step();
        assertThat(tree.getStatus()).as("two ticks on").isEqualTo(com.badlogic.gdx.ai.btree.Task.Status.RUNNING);
        agent.at(13);
        tree.step();
        assertThat(tree.getStatus()).as("three").isEqualTo(com.badlogic.gdx.ai.btree.Task.Status.SUCCEEDED);
    }
}
