package org.bluelamp.integration.webhooks;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A client's webhook deliveries at /staff/api-clients/{client}/deliveries, for admins (staff.SecurityConfiguration):
 * its address, and each event's delivery, newest first, with what the receiver last answered.
 */
@Controller
class DeliveryLogController {

    static final int PAGE_SIZE = 50;
    /** Far past any real log, so that a page number cannot ask for an offset the database has to walk to. */
    private static final int LAST_PAGE = DeliveryLogPage.COUNT_UP_TO / PAGE_SIZE;

    private final DeliveryLog log;

    DeliveryLogController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping("/staff/api-clients/{client}/deliveries")
    String deliveries(@PathVariable String client, @RequestParam(required = false) String page, Model model) {
        if (client.length() > 200) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("deliveries", log.page(client, pageNumber(page), PAGE_SIZE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "integration/webhookDeliveries";
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.min(LAST_PAGE, Math.max(1, Integer.parseInt(page)));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
