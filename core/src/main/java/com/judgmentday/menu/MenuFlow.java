package com.judgmentday.menu;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.LevelSummary;
import com.judgmentday.settings.PadButton;
import com.judgmentday.settings.Progress;
import com.judgmentday.settings.Settings;
import com.judgmentday.sim.Outcome;

import java.util.function.Supplier;

/**
 * Which screen shows and what choosing things does, with no GL: a stack of pages (the level at the bottom
 * while one is played, pause or settings over it), each with its {@link Menu}. Device adapters send it
 * {@link MenuCommand}s; the game is told what to do through {@link MenuHost}. Tests drive it directly.
 */
public final class MenuFlow {
    final MenuHost host;
    final Settings settings;
    final Progress progress;
    private final Supplier<Array<LevelSummary>> levelsReady;
    private Array<LevelSummary> levels;
    final Array<String> credits;
    private final Rebinding rebinding;
    private final Array<Page> stack = new Array<>();
    private final Array<Menu> menus = new Array<>();
    private final Array<Page> visited = new Array<>();
    private String level;
    private String checkpoint;
    /** Why the level was lost, for the game-over page ("John caught by the T-1000"); empty if it didn't say. */
    private String endReason = "";
    /** How the run went, in a line (its time, its casualties), for the level-complete page; empty: untold. */
    private String endTally = "";
    private final Tips tips;
    /** The level the exit just reached leads to (its next), or empty for the play order's. */
    private String exitNext = "";
    /** False while a replay plays: what it does is not the player's progress. */
    private boolean counts;

    public MenuFlow(MenuHost host, Settings settings, Progress progress, Array<LevelSummary> levels,
            Array<String> credits) {
        this(host, settings, progress, () -> levels, credits);
    }

    /**
     * {@code levels}: the shipped levels' summaries, asked for the first time a page needs them (reading every
     * map for them need not hold up the title).
     */
    public MenuFlow(MenuHost host, Settings settings, Progress progress, Supplier<Array<LevelSummary>> levels,
            Array<String> credits) {
        this(host, settings, progress, levels, credits, Tips.NONE);
    }

    /** As above, with the game-over page's tips by the reason a level was lost. */
    public MenuFlow(MenuHost host, Settings settings, Progress progress, Supplier<Array<LevelSummary>> levels,
            Array<String> credits, Tips tips) {
        this.tips = tips;
        this.host = host;
        this.settings = settings;
        this.progress = progress;
        this.levelsReady = levels;
        this.credits = credits;
        this.rebinding = new Rebinding(this::say, host::settingsChanged);
    }

    /** The tip for the loss the game-over page shows, or null: the level's briefing then. */
    String tip(String reason) {
        return tips.forReason(reason);
    }

    /** Shows a menu page as the first screen: the title, or a page over the main menu (for --screen). */
    public void start(Page page) {
        clear();
        if (page != Page.TITLE) {
            push(Page.MAIN);
        }
        if (page != Page.MAIN) {
            push(page);
        }
    }

    /**
     * The game went straight into a level (the command line named one); {@code counts}: whether winning it
     * and its checkpoints go into the progress (not for a replay).
     */
    public void playing(String levelId, String startCheckpoint, boolean counts) {
        clear();
        level = levelId;
        checkpoint = startCheckpoint;
        this.counts = counts;
        push(Page.PLAYING);
    }

    /** Seconds the end-of-level page ignores input after it appears. */
    public static final float END_PAGE_GUARD_SECONDS = 0.4f;
    private float guard;

    /** Time passes for the menus (the end-of-level page's guard runs down). */
    public void tick(float seconds) {
        guard = Math.max(0f, guard - seconds);
    }

    /**
     * Whether the page showing appeared in the middle of play (level complete, game over): there a key or
     * button that is also a gameplay control (Space and A jump, a fire click) must not choose, since the
     * player may still be pressing it; the device adapters ask this.
     */
    public boolean endPage() {
        return page() == Page.LEVEL_COMPLETE || page() == Page.GAME_OVER;
    }

    /** Whether this key may choose here: on an end page, not when it is also a gameplay control (Space jumps). */
    public boolean confirmsWithKey(int keycode) {
        return !endPage() || settings.keys.actionOf(keycode) == null;
    }

    /** Whether this pad button may choose here: on an end page, not when it is also a gameplay control (A jumps). */
    public boolean confirmsWithButton(PadButton button) {
        return !endPage() || settings.pad.actionOf(button.ordinal()) == null;
    }

    /** The run is the player's own (not a replay or the bot): its win and checkpoints are kept. */
    public boolean counts() {
        return counts;
    }

    /** False while an end page's guard runs: nothing the player does counts yet. */
    public boolean accepting() {
        return guard <= 0f || !endPage();
    }

    /** A menu command from any device; false when it did nothing. */
    public boolean handle(MenuCommand command) {
        Page page = page();
        if (!accepting()) {
            // The jump or shot pressed as the level ended must not choose Retry or Next level.
            return false;
        }
        if (page == Page.TITLE) {
            anyKey();
            return true;
        }
        if (page == Page.PLAYING) {
            return false;
        }
        if (rebinding.active()) {
            if (command == MenuCommand.BACK) {
                rebinding.cancel();
                return true;
            }
            return false;
        }
        return menu().handle(command);
    }

    /** Any key, click or button: leaves the title screen. */
    public void anyKey() {
        if (page() == Page.TITLE) {
            clear();
            push(Page.MAIN);
        }
    }

    /** Esc or Start during play: pause; on the pause page: resume. */
    public void togglePause() {
        if (page() == Page.PLAYING) {
            push(Page.PAUSE);
        } else if (page() == Page.PAUSE) {
            back();
        }
    }

    /** The window lost focus or a pad was unplugged mid-level: pause (no-op elsewhere). */
    public void pause() {
        if (page() == Page.PLAYING) {
            push(Page.PAUSE);
        }
    }

    /**
     * The level was won or lost: record a win, show the page that follows; {@code reason} says why it ended
     * (the simulation's words), shown on the game-over page.
     */
    public void levelEnded(Outcome outcome, String reason) {
        levelEnded(outcome, reason, "");
    }

    /** As {@link #levelEnded(Outcome, String)}, with the level the exit reached leads to (empty: the play order's). */
    public void levelEnded(Outcome outcome, String reason, String next) {
        levelEnded(outcome, reason, next, "");
    }

    /** As above, with how the run went in a line ({@code tally}: "Time 0:23   No casualties"). */
    public void levelEnded(Outcome outcome, String reason, String next, String tally) {
        exitNext = next == null ? "" : next;
        endTally = tally == null ? "" : tally;
        if (level == null || (outcome != Outcome.WIN && outcome != Outcome.LOSE)) {
            return;
        }
        rebinding.cancel();
        popToLevel();
        if (outcome == Outcome.WIN && counts && isShipped(level) && progress.complete(level)) {
            host.progressChanged();
        }
        endReason = reason == null ? "" : reason;
        push(outcome == Outcome.WIN ? Page.LEVEL_COMPLETE : Page.GAME_OVER);
        guard = END_PAGE_GUARD_SECONDS;
    }

    /**
     * A save rebuilt the level being played (hot reload): it runs again, so a game-over or level-complete
     * page over it goes; any other page (pause, settings) stays.
     */
    public void levelRebuilt() {
        if (endPage()) {
            popToLevel();
            guard = 0f;
        }
    }

    /** The player reached a checkpoint: restarts go back to it, and progress remembers it (not for a replay or the bot). */
    public void checkpointReached(String name) {
        if (!counts) {
            // A replay or the bot restarts where it began (its script knows no other start): the menus must say so.
            return;
        }
        checkpoint = name;
        if (isShipped(level) && progress.reach(level, name)) {
            host.progressChanged();
        }
    }

    // Navigation, for the page builders.

    void open(Page page) {
        push(page);
    }

    /** Back to the page below; from a page with nothing below, nothing happens. */
    void back() {
        rebinding.cancel();
        if (stack.size > 1) {
            stack.pop();
            menus.pop();
            visited.add(page());
        }
    }

    void play(String levelId, String startCheckpoint) {
        rebinding.cancel();
        clear();
        // A replay retried stays a replay; any other level is the player's own.
        counts = counts || !levelId.equals(level);
        level = levelId;
        checkpoint = startCheckpoint;
        push(Page.PLAYING);
        host.play(levelId, startCheckpoint);
    }

    /** Plays the current level again from the last checkpoint reached (or where it started). */
    void restart() {
        play(level, checkpoint);
    }

    /** Plays the current level again from its beginning. */
    void restartLevel() {
        play(level, null);
    }

    /** Leaves the level for the level select (over the main menu, where back leads). */
    void toLevelSelect() {
        toMainMenu();
        push(Page.LEVELS);
    }

    void toMainMenu() {
        boolean wasPlaying = level != null;
        level = null;
        checkpoint = null;
        clear();
        push(Page.MAIN);
        if (wasPlaying) {
            host.leaveLevel();
        }
    }

    void settingsChanged() {
        host.settingsChanged();
    }

    private void say(String text) {
        Menu menu = menu();
        if (menu != null) {
            menu.say(text);
        }
    }

    /** Takes every page off the level being played (the level stays at the bottom), as if backed out of. */
    private void popToLevel() {
        if (stack.size <= 1) {
            return;
        }
        while (stack.size > 1) {
            stack.pop();
            menus.pop();
        }
        visited.add(page());
    }

    private void push(Page page) {
        stack.add(page);
        menus.add(page == Page.PLAYING ? null : Pages.build(page, this));
        visited.add(page);
    }

    private void clear() {
        stack.clear();
        menus.clear();
    }

    boolean isShipped(String id) {
        return summary(id) != null;
    }

    /** The shipped levels' summaries, in play order. */
    Array<LevelSummary> levels() {
        if (levels == null) {
            levels = levelsReady.get();
        }
        return levels;
    }

    /** The summary of a shipped level, or null (a map opened by path). */
    LevelSummary summary(String id) {
        for (LevelSummary summary : levels()) {
            if (summary.id.equals(id)) {
                return summary;
            }
        }
        return null;
    }

    /** The shipped level ids, in play order. */
    Array<String> order() {
        Array<String> ids = new Array<>();
        for (LevelSummary summary : levels()) {
            ids.add(summary.id);
        }
        return ids;
    }

    // What the game and the renderer read.

    public Page page() {
        return stack.isEmpty() ? Page.TITLE : stack.peek();
    }

    /** The menu of the page on top; null while playing. */
    public Menu menu() {
        return menus.isEmpty() ? null : menus.peek();
    }

    /** Whether a level is on the stack (pages then draw over it and the simulation holds). */
    public boolean levelShowing() {
        return stack.contains(Page.PLAYING, true);
    }

    /** The level being played (an id, or a path for maps opened from disk), or null. */
    public String level() {
        return level;
    }

    /** Where a restart would start: the last checkpoint reached, or where the level was started; null: its start. */
    public String restartCheckpoint() {
        return checkpoint;
    }

    /** The level the exit just reached leads to, an id or a map's path; empty when it named none. */
    public String exitNext() {
        return exitNext;
    }

    /** Why the level just ended, in the simulation's words; empty when it didn't say. */
    public String endTally() {
        return endTally;
    }

    public String endReason() {
        return endReason;
    }

    /** Every page shown, in order (a page shown again after BACK counts again). */
    public Array<Page> visited() {
        return visited;
    }

    public Rebinding rebinding() {
        return rebinding;
    }
}
