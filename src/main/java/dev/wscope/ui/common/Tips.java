package dev.wscope.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over the control: a Tooltip is a popup window with a scene
 * of its own, and making two dozen of them at start-up cost a tenth of the time to the first frame.
 */
public final class Tips {
    private Tips() {
    }

    public static <T extends Control> T on(T control, String text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
        return control;
    }
}
