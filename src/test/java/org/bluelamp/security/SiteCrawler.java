package org.bluelamp.security;

import org.bluelamp.security.PageForms.Form;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Follows links from some first pages, as someone clicking through would, and collects each kind of form once: two
 * addresses that differ only by a reference, an id or a number are the same kind of page.
 */
final class SiteCrawler {

    private static final Pattern REFERENCE = Pattern.compile("(?<=/)[A-Z]{2}(-[A-Z0-9]{3,4}){2,3}(?=/|$|\\?)");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("(?<=/)\\d+(?=/|$|\\?)");
    private static final Pattern USERNAME = Pattern.compile("(?<=/staff/accounts/)(?!new\\b)[^/?]+");

    /** A form and the page it was found on. */
    record Found(String page, Form form) {
    }

    private final HostileClient client;
    private final String key;
    private final Predicate<String> follow;
    private final int mostPages;
    private final Set<String> seenPatterns = new LinkedHashSet<>();
    private final Map<String, Found> forms = new LinkedHashMap<>();
    private final List<String> pages = new ArrayList<>();

    SiteCrawler(HostileClient client, String key, Predicate<String> follow, int mostPages) {
        this.client = client;
        this.key = key;
        this.follow = follow;
        this.mostPages = mostPages;
    }

    void crawl(List<String> start) {
        var queue = new ArrayDeque<String>(start);
        var visited = new java.util.HashSet<String>();
        while (!queue.isEmpty() && pages.size() < mostPages) {
            String path = queue.poll();
            // Each first page is visited (one contact of each kind shows the actions its kind allows); any other
            // page only if no page of its kind has been.
            boolean newKind = seenPatterns.add(pattern(path));
            if (!visited.add(path) || !newKind && !start.contains(path) || !follow.test(path)) {
                continue;
            }
            var response = client.get(key + " crawl", "visit", path);
            pages.add(path);
            if (!response.html() || response.status() >= 400) {
                continue;
            }
            var page = response.page();
            for (Form form : PageForms.of(page, response.path())) {
                if (form.posts() || !form.fields().isEmpty()) {
                    forms.putIfAbsent(form.method().toUpperCase() + " " + pattern(form.action()),
                            new Found(response.path(), form));
                }
            }
            PageForms.links(page).forEach(queue::add);
        }
    }

    /** The kind of address: references, ids, numbers and account names replaced by placeholders. */
    static String pattern(String path) {
        String plain = JourneyWalker.pathOnly(path);
        plain = REFERENCE.matcher(plain).replaceAll("{reference}");
        plain = UUID.matcher(plain).replaceAll("{id}");
        plain = NUMBER.matcher(plain).replaceAll("{n}");
        plain = USERNAME.matcher(plain).replaceAll("{username}");
        int query = path.indexOf('?');
        if (query >= 0) {
            // Different views of a list are different pages; different page numbers of one list are not.
            var names = new ArrayList<String>();
            for (String part : path.substring(query + 1).split("&")) {
                String name = part.split("=", 2)[0];
                names.add(name.equals("view") ? part : name);
            }
            plain += "?" + String.join("&", names.stream().sorted().toList());
        }
        return plain;
    }

    Map<String, Found> forms() {
        return forms;
    }

    List<String> pages() {
        return pages;
    }
}
