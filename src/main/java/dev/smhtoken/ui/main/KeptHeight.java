package dev.smhtoken.ui.main;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * Keeps the banners above the list at the height they have while the rows are held: a banner
 * leaving leaves its room empty, one arriving stays hidden in the room there is (clipped), and
 * the release lets the banners take their own height in the same step as the rows move.
 *
 * <p>Keeping the room, rather than laying a banner over the list, is what keeps the rows under the
 * pointer: an overlay would cover the top rows, and a click meant for one of them would hit the
 * banner's buttons instead. The banner the user did not see yet shows as soon as the pointer
 * leaves the list, which is when the eye is free to read it.
 */
final class KeptHeight {
    private KeptHeight() {
    }

    static void keep(Region banners, ObservableBooleanValue held) {
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(banners.widthProperty());
        clip.heightProperty().bind(banners.heightProperty());
        banners.setClip(clip);
        held.addListener((obs, was, hold) -> {
            double height = hold ? banners.getHeight() : Region.USE_COMPUTED_SIZE;
            banners.setMinHeight(height);
            banners.setPrefHeight(height);
            banners.setMaxHeight(height);
        });
    }
}
