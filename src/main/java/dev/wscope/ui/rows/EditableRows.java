package dev.wscope.ui.rows;

import dev.wscope.ui.common.Icons;
import dev.wscope.ui.common.Tips;
import dev.wscope.ui.help.Shortcut;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Rows of fields a user types into (params, headers, cookies, a environment's variables): real controls in a
 * scrolling column rather than a virtualised table, so a row's fields are made and bound once, Tab and
 * Shift+Tab walk name, value, next name, and typing never lands in a reused cell. Each row has a delete
 * button and a context menu; {@link Shortcut#ROW_DELETE} deletes the focused row, {@link Shortcut#ROW_TOGGLE}
 * switches its box, and Ctrl+Z brings a deleted row back while no row was edited since (else the field's
 * own undo takes it).
 * The list's owner keeps its blank row to type into; this view only mirrors the list. FX thread only.
 */
public final class EditableRows<R> extends VBox {
    private static final double BUTTON_WIDTH = 30;
    private static final double GAP = 4;

    private final ObservableList<R> rows;
    private final List<RowColumn<R>> columns;
    private final String noun;
    private final Function<R, BooleanProperty> box;
    private final String boxAction;
    private final VBox body = new VBox(2);
    private final ScrollPane scroll = new ScrollPane(body);
    private final Map<R, Node> views = new IdentityHashMap<>();
    private final Deque<DeletedRow<R>> deleted = new ArrayDeque<>();
    /** No row was edited since the last delete, so Ctrl+Z means that delete rather than the field's typing. */
    private boolean deletedLast;
    private final ChangeListener<Node> focusFollower = (o, old, focused) -> scrollIntoView(focused);

    /**
     * @param noun what a row is, for the delete button and menu ("header", "variable")
     * @param box the row's check box (sent, secret) that {@link Shortcut#ROW_TOGGLE} switches, or null
     * @param boxAction the menu's words for switching it
     */
    public EditableRows(ObservableList<R> rows, List<RowColumn<R>> columns, String noun,
                        Function<R, BooleanProperty> box, String boxAction) {
        this.rows = rows;
        this.columns = columns;
        this.noun = noun;
        this.box = box;
        this.boxAction = boxAction;
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(titles(), scroll);
        setSpacing(2);
        rows.forEach(row -> body.getChildren().add(viewOf(row)));
        rows.addListener(this::mirror);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        sceneProperty().addListener((o, old, scene) -> followFocus(old, scene));
    }

    private HBox titles() {
        HBox titles = new HBox(GAP);
        titles.getStyleClass().add("rows-titles");
        for (RowColumn<R> column : columns) {
            Label title = new Label(column.title());
            title.getStyleClass().add("hint");
            titles.getChildren().add(sized(title, column));
        }
        titles.getChildren().add(fixedWidth(new Region(), BUTTON_WIDTH));
        return titles;
    }

    private void mirror(ListChangeListener.Change<? extends R> change) {
        while (change.next()) {
            if (change.wasUpdated()) {
                deletedLast = false; // the list's extractor reports an edit of a row's fields
            }
            if (change.wasPermutated()) {
                body.getChildren().setAll(rows.stream().map(this::viewOf).toList());
                continue;
            }
            if (change.wasRemoved()) {
                body.getChildren().remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                change.getRemoved().forEach(views::remove);
                if (change.getRemovedSize() > 1) {
                    deleted.clear(); // replaced as a whole (bulk edit): the positions kept no longer mean anything
                }
            }
            if (change.wasAdded()) {
                body.getChildren().addAll(change.getFrom(), change.getAddedSubList().stream().map(this::viewOf).toList());
            }
        }
    }

    private Node viewOf(R row) {
        return views.computeIfAbsent(row, this::newView);
    }

    private Node newView(R row) {
        HBox line = new HBox(GAP);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("editable-row");
        for (RowColumn<R> column : columns) {
            line.getChildren().add(sized(column.control().apply(row), column));
        }
        Button delete = Icons.on(new Button(), Feather.TRASH_2);
        delete.getStyleClass().addAll("flat", "row-delete");
        delete.setFocusTraversable(false);
        delete.setAccessibleText("delete this " + noun);
        Tips.on(delete, "Delete this " + noun + " (" + Shortcut.ROW_DELETE.shown() + ")");
        delete.setOnAction(e -> delete(row));
        line.getChildren().add(fixedWidth(delete, BUTTON_WIDTH));
        line.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Runnable toggle = box == null ? null : () -> toggle(row);
            RowMenu.of((Node) e.getTarget(), boxAction, toggle, noun, () -> delete(row))
                    .show(line, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return line;
    }

    private Node sized(Node node, RowColumn<R> column) {
        if (column.grows()) {
            if (node instanceof Region region) {
                region.setPrefWidth(0); // the growing columns share the room equally, whatever their text
                region.setMaxWidth(Double.MAX_VALUE);
            }
            HBox.setHgrow(node, Priority.ALWAYS);
            return node;
        }
        return fixedWidth(node, column.width());
    }

    private static Node fixedWidth(Node node, double width) {
        if (node instanceof Region region) {
            region.setMinWidth(width);
            region.setPrefWidth(width);
            region.setMaxWidth(width);
        }
        return node;
    }

    private void delete(R row) {
        int index = rows.indexOf(row);
        if (index < 0) {
            return;
        }
        boolean hadFocus = getScene() != null && rowOf(getScene().getFocusOwner()) == row;
        deleted.push(new DeletedRow<>(index, row));
        rows.remove(index);
        deletedLast = true;
        if (hadFocus) {
            focusRow(Math.min(index, rows.size() - 1));
        }
    }

    private void toggle(R row) {
        BooleanProperty property = box.apply(row);
        property.set(!property.get());
    }

    private void onKey(KeyEvent key) {
        R row = rowOf(getScene() == null ? null : getScene().getFocusOwner());
        if (Shortcut.ROW_DELETE.matches(key) && row != null) {
            delete(row);
            key.consume();
        } else if (Shortcut.ROW_TOGGLE.matches(key) && row != null && box != null) {
            toggle(row);
            key.consume();
        } else if (key.getCode() == KeyCode.ENTER && !key.isShortcutDown() && row != null && key.getTarget() instanceof TextInputControl) {
            focusRow(rows.indexOf(row) + 1); // as in a spreadsheet; in a dialog, Enter in a row must not mean OK
            key.consume();
        } else if (Shortcut.UNDO_ROW.matches(key) && deletedLast && !deleted.isEmpty()) {
            DeletedRow<R> last = deleted.pop();
            rows.add(Math.min(last.index(), rows.size()), last.row());
            focusRow(rows.indexOf(last.row()));
            key.consume();
        }
    }

    /** The row holding that node, or null. */
    private R rowOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getParent() == body) {
                int index = body.getChildren().indexOf(n);
                return index < rows.size() ? rows.get(index) : null;
            }
        }
        return null;
    }

    /** Puts the caret in the first field of that row, so the keyboard goes on from where it was. */
    public void focusRow(int index) {
        if (index >= 0 && index < body.getChildren().size()
                && body.getChildren().get(index) instanceof HBox line) {
            line.getChildren().stream().filter(Node::isFocusTraversable).findFirst().ifPresent(Node::requestFocus);
        }
    }

    private void followFocus(Scene old, Scene scene) {
        if (old != null) {
            old.focusOwnerProperty().removeListener(focusFollower);
        }
        if (scene != null) {
            scene.focusOwnerProperty().addListener(focusFollower);
        }
    }

    /** A field reached with Tab below or above the visible rows is scrolled into view. */
    private void scrollIntoView(Node focused) {
        if (rowOf(focused) == null) {
            return;
        }
        Bounds field = body.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = body.getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        double top = hidden * scroll.getVvalue();
        if (field.getMinY() < top) {
            scroll.setVvalue(field.getMinY() / hidden);
        } else if (field.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (field.getMaxY() - viewport) / hidden));
        }
    }

    private record DeletedRow<R>(int index, R row) {
    }
}
