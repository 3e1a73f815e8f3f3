package com.judgmentday.menu;

import com.badlogic.gdx.utils.Array;
import com.judgmentday.level.LevelSummary;

/** Builds each page's menu: what it lists and what each item does (settings pages: {@link SettingsPages}). */
final class Pages {
    /**
     * The controls line of the pages that appear mid-play: the keys and buttons that also jump or fire don't
     * choose there (see {@link MenuFlow#endPage()}).
     */
    static final String END_PAGE_HELP = "Arrows/WASD or d-pad: move    Enter or Start: choose    Esc or B: main menu"
            + "    Mouse: point and click";

    private Pages() {
    }

    static Menu build(Page page, MenuFlow flow) {
        switch (page) {
            case TITLE:
                return new Menu("JUDGMENT DAY").line("Press any key or button");
            case MAIN:
                return main(flow);
            case LEVELS:
                return levels(flow);
            case SETTINGS:
                return SettingsPages.settings(flow);
            case KEYS:
                return SettingsPages.keys(flow);
            case PAD:
                return SettingsPages.pad(flow);
            case CREDITS:
                return credits(flow);
            case PAUSE:
                return pause(flow);
            case GAME_OVER:
                return gameOver(flow);
            case LEVEL_COMPLETE:
                return complete(flow);
            default:
                throw new IllegalArgumentException(page + " has no menu");
        }
    }

    private static Menu main(MenuFlow flow) {
        Menu menu = new Menu("JUDGMENT DAY");
        menu.add(new ActionItem("Play", () -> describe(flow, continueLevel(flow), continuePoint(flow)),
                () -> flow.play(continueLevel(flow), continuePoint(flow)))
                .enabledWhen(() -> continueLevel(flow) != null)
                .hint("Carry on where you got to (everything done: play again from the first level)"));
        menu.add(new ActionItem("Level select", () -> flow.open(Page.LEVELS)).hint("Replay levels and practise from checkpoints"));
        menu.add(new ActionItem("Settings", () -> flow.open(Page.SETTINGS)));
        menu.add(new ActionItem("Credits", () -> flow.open(Page.CREDITS)));
        menu.add(new ActionItem("Quit", flow.host::quit));
        return menu.onBack(() -> flow.start(Page.TITLE));
    }

    private static String continueLevel(MenuFlow flow) {
        return flow.progress.next(flow.order());
    }

    /** "Play" picks up at the furthest checkpoint reached in the level (map order), else its beginning. */
    private static String continuePoint(MenuFlow flow) {
        String id = continueLevel(flow);
        LevelSummary level = id == null ? null : flow.summary(id);
        String furthest = null;
        if (level != null) {
            for (String checkpoint : level.checkpoints) {
                if (flow.progress.reached(id).contains(checkpoint, false)) {
                    furthest = checkpoint;
                }
            }
        }
        return furthest;
    }

    private static String describe(MenuFlow flow, String id, String checkpoint) {
        if (id == null) {
            return "no levels";
        }
        LevelSummary level = flow.summary(id);
        String title = level == null ? id : level.title;
        return checkpoint == null ? title : title + " from " + checkpoint;
    }

    private static Menu levels(MenuFlow flow) {
        Menu menu = new Menu("LEVEL SELECT");
        Array<String> order = flow.order();
        for (int i = 0; i < flow.levels().size; i++) {
            menu.add(new LevelItem(i + 1, flow.levels().get(i), flow.progress, order, flow::play));
        }
        menu.add(new ActionItem("Back", flow::back));
        return menu.onBack(flow::back);
    }

    private static Menu credits(MenuFlow flow) {
        Menu menu = new Menu("CREDITS");
        for (String line : flow.credits) {
            menu.line(line);
        }
        menu.add(new ActionItem("Back", flow::back));
        return menu.onBack(flow::back);
    }

    private static Menu pause(MenuFlow flow) {
        Menu menu = new Menu("PAUSED");
        menu.add(new ActionItem("Resume", flow::back));
        String checkpoint = flow.restartCheckpoint();
        // Without a checkpoint to go back to, a restart is the level's: say so rather than name a checkpoint.
        if (checkpoint == null) {
            menu.add(new ActionItem("Restart level", flow::restart).hint("Start again from the level's beginning"));
        } else {
            menu.add(new ActionItem("Restart from checkpoint", () -> checkpoint, flow::restart)
                    .hint("Start again from the last checkpoint reached (or where you started)"));
            // A playtester stuck at a checkpoint wanted the level's start, and found it only on the game-over page.
            menu.add(new ActionItem("Restart level", flow::restartLevel).hint("Start again from the level's beginning"));
        }
        menu.add(new ActionItem("Settings", () -> flow.open(Page.SETTINGS)));
        menu.add(new ActionItem("Quit to menu", flow::toMainMenu).hint("Progress so far is saved"));
        return menu.onBack(flow::back);
    }

    /** Why the level was lost, then the quickest way back in first: the last checkpoint reached, if any. */
    private static Menu gameOver(MenuFlow flow) {
        Menu menu = new Menu("GAME OVER").help(END_PAGE_HELP);
        String reason = flow.endReason();
        if (!reason.isEmpty()) {
            // The simulation's words start lower-case where they name a title ("the T-800 shut down a second time").
            menu.line(Character.toUpperCase(reason.charAt(0)) + reason.substring(1));
        }
        // A tip about how this loss came about, else what the level asks (its briefing).
        LevelSummary lost = flow.summary(flow.level());
        String tip = flow.tip(reason);
        if (tip == null && lost != null && !lost.briefing.isEmpty()) {
            tip = lost.briefing;
        }
        if (tip != null) {
            for (String line : MenuLayout.wrap("Tip: " + tip)) {
                menu.line(line);
            }
        }
        String checkpoint = flow.restartCheckpoint();
        if (checkpoint != null) {
            menu.add(new ActionItem("Restart from checkpoint", () -> checkpoint, flow::restart)
                    .hint("Start again at the last checkpoint reached"));
        }
        menu.add(new ActionItem("Restart level", flow::restartLevel).hint("Start again from the level's beginning"));
        menu.add(new ActionItem("Level select", flow::toLevelSelect));
        menu.add(new ActionItem("Main menu", flow::toMainMenu));
        return menu.onBack(flow::toMainMenu);
    }

    private static Menu complete(MenuFlow flow) {
        Menu menu = new Menu("LEVEL COMPLETE").help(END_PAGE_HELP);
        LevelSummary done = flow.summary(flow.level());
        if (done != null) {
            menu.line(done.title);
            // A replay or the bot keeps no checkpoints: "0 of 4" after a run that reached them all misread.
            if (!done.checkpoints.isEmpty() && flow.counts()) {
                menu.line("Checkpoints reached: " + flow.progress.reached(done.id).size + " of " + done.checkpoints.size);
            }
        }
        if (!flow.endTally().isEmpty()) {
            menu.line(flow.endTally());
        }
        String next = nextLevel(flow);
        if (next != null) {
            menu.add(new ActionItem("Next level", () -> describe(flow, next, null), () -> flow.play(next, null)));
        } else if (flow.order().contains(flow.level(), false)) {
            // The campaign's last level won: its story is over, the credits roll.
            menu.add(new ActionItem("Credits", () -> flow.open(Page.CREDITS)));
        }
        menu.add(new ActionItem("Menu", flow::toMainMenu));
        if (next == null && done != null) {
            menu.line("That was the last level.");
        }
        return menu.onBack(flow::toMainMenu);
    }

    /** The level the exit led to, else the one after the current one in play order, or null (the last, or a map by path). */
    private static String nextLevel(MenuFlow flow) {
        if (!flow.exitNext().isEmpty()) {
            return flow.exitNext();
        }
        Array<String> order = flow.order();
        int index = order.indexOf(flow.level(), false);
        return index < 0 || index + 1 >= order.size ? null : order.get(index + 1);
    }
}
