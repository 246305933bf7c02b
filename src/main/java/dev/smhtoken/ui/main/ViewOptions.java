package dev.smhtoken.ui.main;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How the user looks at the tree: the filter text and the order. Kept apart from the view so
 * that rebuilding the window's content (a new language) keeps them.
 */
public final class ViewOptions {
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<TreeOrder> order = new SimpleObjectProperty<>(this, "order", TreeOrder.TIME_LEFT);

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<TreeOrder> orderProperty() {
        return order;
    }
}
