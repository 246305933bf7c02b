package dev.smhtoken.ui.main;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The room of the banners above the list. While the rows are held it keeps the height it had: a
 * banner leaving leaves its room empty, one arriving waits hidden (clipped) in the room there is;
 * on release the room takes the banners' own height, in the same step as the rows move.
 *
 * <p>Keeping the room, rather than laying a banner over the list, is what keeps the rows under the
 * pointer: an overlay would cover the top rows, and a click meant for one of them would hit the
 * banner's buttons instead. A banner the user has not seen yet shows as soon as the pointer leaves
 * the list, which is when the eye is free to read it. The banners inside are always laid out at
 * their own height, so what they say stays current.
 */
final class BannerRoom extends Region {
    private final Region banners;
    /** The height kept while held; negative when the room follows the banners. */
    private double kept = -1;

    BannerRoom(Region banners, ObservableBooleanValue held) {
        this.banners = banners;
        getChildren().add(banners);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        held.addListener((obs, was, hold) -> {
            // The banners as they are now, laid out or not: one that came just before the pointer
            // (not drawn yet, at most a frame ago) still takes its room; what comes after waits.
            kept = hold ? banners.prefHeight(getWidth()) : -1;
            requestLayout();
        });
    }

    @Override
    protected double computeMinWidth(double height) {
        return banners.minWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return banners.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return kept >= 0 ? kept : banners.prefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        banners.resizeRelocate(0, 0, width, banners.prefHeight(width));
    }
}
