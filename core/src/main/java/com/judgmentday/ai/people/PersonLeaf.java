package com.judgmentday.ai.people;

import com.judgmentday.ai.BrainLeaf;

/** A leaf of a person's tree: see {@link BrainLeaf}. */
abstract class PersonLeaf extends BrainLeaf<PersonBrain> {
}
