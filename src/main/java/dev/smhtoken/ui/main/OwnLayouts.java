package dev.smhtoken.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The boxes of one scene that asked to be laid out on their own (see {@link CellBox}): each is laid
 * out right after the next pulse's layout pass, before the scene is drawn, and that pulse is asked
 * for. A box the pass already reached is clean by then and costs nothing more.
 */
final class OwnLayouts implements Runnable {
    private final List<Parent> pending = new ArrayList<>();

    private OwnLayouts() {
    }

    /** Lays {@code box} out before its scene is drawn next; a box outside any scene shows nothing. */
    static void request(Parent box) {
        Scene scene = box.getScene();
        if (scene == null) {
            return; // added to a scene later, it is laid out with the parent that receives it
        }
        // One per scene, kept with the scene, so that it lives and goes with the window.
        OwnLayouts layouts = (OwnLayouts) scene.getProperties().computeIfAbsent(OwnLayouts.class, key -> {
            OwnLayouts created = new OwnLayouts();
            scene.addPostLayoutPulseListener(created);
            return created;
        });
        layouts.add(box);
    }

    private void add(Parent box) {
        if (pending.isEmpty()) {
            Platform.requestNextPulse();
        }
        if (!pending.contains(box)) { // a handful of visible boxes: a list beats hashing here
            pending.add(box);
        }
    }

    @Override
    public void run() {
        if (pending.isEmpty()) {
            return;
        }
        Parent[] boxes = pending.toArray(Parent[]::new);
        pending.clear();
        for (Parent box : boxes) {
            box.layout();
        }
    }
}
