package com.judgmentday.screens;

import com.judgmentday.bot.Bot;
import com.judgmentday.bot.BotDef;
import com.judgmentday.content.TuningDef;
import com.judgmentday.input.ActionSet;
import com.judgmentday.input.InputSource;
import com.judgmentday.session.LevelSession;
import com.judgmentday.sim.Simulation;

/**
 * The bot at the window's controls ({@code --bot}): a designer watches it play their level. A save reloads the
 * level into a new simulation, so a bot is made for each simulation the session holds, seeded as the level is.
 */
final class WindowBot implements InputSource {
    private final LevelSession session;
    private final TuningDef tuning;
    private final BotDef def;
    private final String skill;
    private final long seed;
    private Simulation playing;
    private Bot bot;

    WindowBot(LevelSession session, TuningDef tuning, BotDef def, String skill, long seed) {
        this.session = session;
        this.tuning = tuning;
        this.def = def;
        this.skill = skill;
        this.seed = seed;
    }

    @Override
    public void poll(long tick, ActionSet out) {
        Simulation simulation = session.simulation();
        if (simulation != playing) {
            playing = simulation;
            bot = new Bot(simulation, tuning, def, def.skill(skill), seed);
        }
        bot.poll(tick, out);
    }
}
