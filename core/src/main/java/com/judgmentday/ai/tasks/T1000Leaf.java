package com.judgmentday.ai.tasks;

import com.judgmentday.ai.BrainLeaf;
import com.judgmentday.ai.T1000Brain;

/** A leaf of the T-1000's tree (evaluated afresh every tick): see {@link BrainLeaf}. */
abstract class T1000Leaf extends BrainLeaf<T1000Brain> {
}
