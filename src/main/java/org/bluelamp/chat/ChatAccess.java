package org.bluelamp.chat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.leave.PublicAccess;
import org.springframework.stereotype.Component;

/**
 * Leaving the site ends the person's chat if it is still going (the handler sees they left) and the key to it, so the
 * chat and its lines cannot be opened again from this browser.
 */
@Component
class ChatAccess implements PublicAccess {

    private final ChatDesk desk;

    ChatAccess(ChatDesk desk) {
        this.desk = desk;
    }

    @Override
    public void end(HttpServletRequest request, HttpServletResponse response) {
        ChatKey.read(request).flatMap(desk::chatFor).ifPresent(desk::personLeftSite);
        ChatKey.forget(request, response);
    }
}
