package org.bluelamp.staff;

import org.bluelamp.platform.Frame;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A member of staff's passkeys: the list, and removing one. Adding one is done by the browser with Spring
 * Security's endpoints ({@code /webauthn/register}, from {@code passkeys.mjs}); this page only offers it.
 */
@Controller
class PasskeysController {

    private final PublicKeyCredentialUserEntityRepository users;
    private final UserCredentialRepository credentials;

    PasskeysController(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials) {
        this.users = users;
        this.credentials = credentials;
    }

    @GetMapping("/staff/passkeys")
    String list(Authentication signedIn, @RequestParam(required = false) String added,
                @RequestParam(required = false) String removed, Frame frame, Model model) {
        var user = users.findByUsername(signedIn.getName());
        List<Passkey> passkeys = user == null ? List.of() : credentials.findByUserId(user.getId()).stream()
                .sorted(Comparator.comparing(c -> c.getCreated() == null ? Instant.EPOCH : c.getCreated()))
                .map(c -> new Passkey(c.getCredentialId().toBase64UrlString(), c.getLabel(),
                        c.getCreated() == null ? "" : frame.dates().dateAndTime(c.getCreated())))
                .toList();
        model.addAttribute("passkeys", passkeys);
        model.addAttribute("added", added != null);
        model.addAttribute("removed", removed != null);
        return "staff/passkeys";
    }

    /** Removes one of the signed-in person's own passkeys; anyone else's is left alone, as if not there. */
    @PostMapping("/staff/passkeys/remove")
    String remove(Authentication signedIn, @RequestParam String id) {
        var user = users.findByUsername(signedIn.getName());
        Bytes credentialId;
        try {
            credentialId = Bytes.fromBase64(id);
        } catch (IllegalArgumentException e) {
            return "redirect:/staff/passkeys";
        }
        var credential = credentials.findByCredentialId(credentialId);
        if (user != null && credential != null && credential.getUserEntityUserId().equals(user.getId())) {
            credentials.delete(credentialId);
            return "redirect:/staff/passkeys?removed";
        }
        return "redirect:/staff/passkeys";
    }
}
