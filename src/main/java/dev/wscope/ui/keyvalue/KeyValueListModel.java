package dev.wscope.ui.keyvalue;

import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.KeyValueKind;
import dev.wscope.core.request.KeyValueText;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The view model of a params, headers or cookies editor: rows for the table, the same content as bulk
 * text, and the first problem. Table and text stay in step both ways; there is always one blank row at
 * the end to type into. FX thread only.
 */
public final class KeyValueListModel {
    private final KeyValueKind kind;
    private final ObservableList<KeyValueRow> rows = FXCollections.observableArrayList(KeyValueRow::observables);
    private final StringProperty rawText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final List<Runnable> changeListeners = new ArrayList<>();
    private boolean syncing;

    public KeyValueListModel(KeyValueKind kind) {
        this.kind = kind;
        rows.add(new KeyValueRow());
        rows.addListener((ListChangeListener<KeyValueRow>) change -> rowsChanged());
        rawText.addListener((o, old, text) -> rawTextChanged(text));
    }

    public KeyValueKind kind() {
        return kind;
    }

    public ObservableList<KeyValueRow> rows() {
        return rows;
    }

    /** The bulk-edit text: "Name: value" or "name=value" lines, '#' before a disabled row. */
    public StringProperty rawTextProperty() {
        return rawText;
    }

    /** The first problem of an enabled row, empty when every row can be sent. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The rows that hold something, enabled or not, in order. */
    public List<KeyValue> values() {
        return rows.stream().filter(row -> !row.isBlank()).map(KeyValueRow::toKeyValue).toList();
    }

    public void setValues(List<KeyValue> values) {
        List<KeyValueRow> replacement = new ArrayList<>();
        values.forEach(value -> replacement.add(new KeyValueRow(value)));
        replacement.add(new KeyValueRow());
        rows.setAll(replacement);
    }

    /** Runs after every change of the values, from the table or the text. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void rowsChanged() {
        if (rows.isEmpty() || !rows.get(rows.size() - 1).isBlank()) {
            rows.add(new KeyValueRow());
            return; // the add fires this again
        }
        String first = "";
        for (KeyValueRow row : rows) {
            String rowProblem = row.enabledProperty().get() && !row.isBlank()
                    ? kind.check(row.toKeyValue()).orElse("") : "";
            row.problemProperty().set(rowProblem);
            if (first.isEmpty()) {
                first = rowProblem;
            }
        }
        problem.set(first);
        if (!syncing) {
            syncing = true;
            rawText.set(KeyValueText.format(values(), kind));
            syncing = false;
        }
        changeListeners.forEach(Runnable::run);
    }

    private void rawTextChanged(String text) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            setValues(KeyValueText.parse(text, kind));
        } finally {
            syncing = false;
        }
    }
}
