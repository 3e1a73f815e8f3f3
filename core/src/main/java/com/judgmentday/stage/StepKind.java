package com.judgmentday.stage;

/** What one step of a beat does; {@link #word} is how a beat's steps name it. */
public enum StepKind {
    SAY("say"),
    CAMERA("camera"),
    LOCK("lock"),
    UNLOCK("unlock"),
    SPAWN("spawn"),
    REMOVE("remove"),
    OPEN("open"),
    CLOSE("close"),
    CONTROL("control"),
    OBJECTIVE("objective"),
    CHECKPOINT("checkpoint"),
    MUSIC("music"),
    IMPULSE("impulse"),
    FREEZE("freeze"),
    OVERFLOW("overflow"),
    RUPTURE("rupture"),
    DROP("drop"),
    CATCH("catch"),
    SHUTDOWN("shutdown"),
    HANG("hang"),
    HOLD("hold"),
    HIDE("hide"),
    CALL("call"),
    FOLLOW("follow"),
    STAY("stay"),
    VOLLEY("volley"),
    CUT("cut"),
    DISGUISE("disguise"),
    WAIT("wait"),
    METER("meter"),
    RIDE("ride"),
    EXPOSE("expose"),
    MEND("mend"),
    ALARM("alarm"),
    BRACE("brace"),
    FLING("fling");

    public final String word;

    StepKind(String word) {
        this.word = word;
    }

    /** The kind a step's first word names, or null. */
    public static StepKind byWord(String word) {
        for (StepKind kind : values()) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        return null;
    }
}
