package com.judgmentday.audio;

/** Every music loop, rendered from code with a fixed seed like the effects. */
public enum MusicId {
    MENU("menu", MusicPieces::menu),
    CHASE("chase", MusicPieces::chase),
    FINALE("finale", MusicPieces::finale);

    public final String id;
    public final long seed;
    private final SoundId.Recipe recipe;

    MusicId(String id, SoundId.Recipe recipe) {
        this.id = id;
        this.seed = id.hashCode();
        this.recipe = recipe;
    }

    /** The loop's samples: whole bars, seamless end to start. */
    public float[] render() {
        return recipe.render(seed);
    }
}
