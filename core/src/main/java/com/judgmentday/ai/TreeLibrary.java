package com.judgmentday.ai;

import com.badlogic.gdx.ai.btree.BehaviorTree;
import com.badlogic.gdx.ai.btree.utils.BehaviorTreeLibrary;
import com.badlogic.gdx.utils.SerializationException;
import com.judgmentday.content.ClasspathFile;
import com.judgmentday.content.ContentException;

/**
 * The behaviour trees of one run, by file (assets/ai/...): each read once, held to {@link TreeRules}, and cloned for
 * every agent that runs it (gdx-ai's library, over the classpath; one per simulation, so no state is shared between
 * runs or threads).
 */
public final class TreeLibrary extends BehaviorTreeLibrary {
    public TreeLibrary() {
        super(ClasspathFile::new);
    }

    /** Reads the tree now (as the level is set up), so no tick an agent arrives in pays for it. */
    public void prepare(String file) {
        retrieveArchetypeTree(file);
    }

    @Override
    protected BehaviorTree<?> retrieveArchetypeTree(String file) {
        BehaviorTree<?> tree = repository.get(file);
        if (tree != null) {
            return tree;
        }
        if (!new ClasspathFile(file).exists()) {
            throw new ContentException(file + ": the behaviour tree is missing (assets/ai)");
        }
        try {
            tree = parser.parse(resolver.resolve(file), null);
        } catch (SerializationException | IllegalArgumentException e) {
            throw new ContentException(file + ": not a behaviour tree the game can run (" + e.getMessage() + ")", e);
        }
        TreeRules.check(file, tree);
        registerArchetypeTree(file, tree);
        return tree;
    }
}
