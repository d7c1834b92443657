package dev.wscope.core.diagnosis;

/** Who reads a diagnosis: its fix names each setting to change as that reader finds it (see Setting). */
public enum Audience {
    /** `wscope doctor`: the command's options. */
    COMMAND_LINE,
    /** The window's diagnosis pane: its own button and the request's Settings tab. */
    WINDOW
}
