package org.bluelamp;

import java.util.List;

/**
 * The public pages anyone can open without starting a form: every footer, language, accessibility and reflow check
 * walks this list (the question pages are walked by completing every service).
 */
public final class PublicPages {

    public static final List<String> PATHS = List.of("/", "/report", "/report/crime", "/report/crime/easy-read",
            "/report/emergency", "/chat", "/chat/emergency", "/chat/about", "/bsl", "/bsl/easy-read", "/bsl/message",
            "/track", "/victims-code", "/your-data", "/accessibility",
            "/privacy", "/cookies", "/performance", "/no-such-page");

    private PublicPages() {
    }
}
