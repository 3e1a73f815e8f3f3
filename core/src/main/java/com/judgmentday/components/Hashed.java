package com.judgmentday.components;

/**
 * Something that feeds all its own gameplay state into a {@link StateHash}, written beside the fields it reads so
 * a new field and its hashing change together (every component is one; {@code EveryFieldIsHashedTest} checks them all).
 */
public interface Hashed {
    void hash(StateHash out);
}
