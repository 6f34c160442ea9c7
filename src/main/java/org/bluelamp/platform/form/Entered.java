package org.bluelamp.platform.form;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What someone typed and chose in a staff form, to show it again with the errors: nothing given is lost. */
public record Entered(Map<String, String[]> values) {

    public static final Entered NONE = new Entered(Map.of());

    /** A form filled in beforehand, one value a field. */
    public static Entered of(Map<String, String> values) {
        var each = new HashMap<String, String[]>();
        values.forEach((name, value) -> each.put(name, new String[] {value}));
        return new Entered(Map.copyOf(each));
    }

    public String get(String name) {
        var all = values.get(name);
        return all == null || all.length == 0 || all[0] == null ? "" : all[0];
    }

    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    public List<String> all(String name) {
        var all = values.get(name);
        return all == null ? List.of() : Arrays.asList(all);
    }
}
