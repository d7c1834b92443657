package dev.wscope.core.variables;

/** A {{name}} no value was found for, and where it is ("URL", "header Authorization", "message" ...). */
public record UnresolvedVariable(String name, String where) {
    @Override
    public String toString() {
        return "{{" + name + "}} in " + where;
    }
}
