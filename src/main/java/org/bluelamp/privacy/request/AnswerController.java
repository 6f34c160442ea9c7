package org.bluelamp.privacy.request;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bluelamp.platform.ErrorMessage;
import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The link to a released answer: a page that sends a code to the request's email or phone, the code page, then the
 * two downloads for a short time. An unknown or expired link gets a clear page.
 */
@Controller
class AnswerController {

    static final String OPEN_COOKIE = "bluelamp_answer";
    /** The whole site, so that "Leave this site" (/leave) can close the answer. */
    static final String OPEN_COOKIE_PATH = "/";
    private static final String TOKEN = "{token:[A-Za-z0-9_-]{20,64}}";

    private final AnswerAccess access;

    AnswerController(AnswerAccess access) {
        this.access = access;
    }

    @GetMapping("/your-data/answer/" + TOKEN)
    String start(@PathVariable String token, HttpServletResponse response, Model model) {
        var release = access.find(token);
        if (release.isEmpty()) {
            return gone(response);
        }
        model.addAttribute("page", new AnswerPage(token, access.maskedRecipient(release.get()), null, FormErrors.NONE, null));
        return "privacy/answer/start";
    }

    @PostMapping("/your-data/answer/" + TOKEN + "/code")
    String sendCode(@PathVariable String token, HttpServletResponse response, Model model) {
        var release = access.find(token);
        if (release.isEmpty()) {
            return gone(response);
        }
        var challenge = access.sendCode(release.get());
        if (challenge.isEmpty()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "privacy/answer/noCode";
        }
        return codePage(token, release.get(), challenge.get().toString(), FormErrors.NONE, null, model);
    }

    @PostMapping("/your-data/answer/" + TOKEN + "/check")
    String check(@PathVariable String token, @RequestParam(defaultValue = "") String challenge,
                 @RequestParam(defaultValue = "") String code, Frame frame, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        var release = access.find(token);
        var id = uuid(challenge);
        if (release.isEmpty() || id.isEmpty()) {
            return gone(response);
        }
        String digits = code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return codePage(token, release.get(), challenge, error(frame.t(digits.isEmpty() ? "track.code.required"
                    : "track.code.invalid")), null, model);
        }
        var checked = access.check(release.get(), id.get(), digits);
        return switch (checked.check().outcome()) {
            case PASSED -> {
                response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(OPEN_COOKIE, checked.openToken())
                        .path(OPEN_COOKIE_PATH).httpOnly(true).sameSite("Lax").secure(request.isSecure()).build()
                        .toString());
                yield "redirect:/your-data/answer/" + token + "/files";
            }
            case WRONG -> codePage(token, release.get(), challenge,
                    error(frame.t("track.code.wrong", checked.check().attemptsLeft())), null, model);
            case EXPIRED, LOCKED -> codePage(token, release.get(), challenge, error(frame.t("track.code.expired")),
                    null, model);
        };
    }

    @PostMapping("/your-data/answer/" + TOKEN + "/resend")
    String resend(@PathVariable String token, @RequestParam(defaultValue = "") String challenge, Frame frame,
                  HttpServletResponse response, Model model) {
        var release = access.find(token);
        var id = uuid(challenge);
        if (release.isEmpty() || id.isEmpty()) {
            return gone(response);
        }
        var resent = access.resend(id.get());
        return codePage(token, release.get(), challenge, FormErrors.NONE,
                frame.t("track.resend." + resent.name().toLowerCase(Locale.ROOT).replace('_', '-')), model);
    }

    @GetMapping("/your-data/answer/" + TOKEN + "/files")
    String files(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        var release = access.find(token);
        if (release.isEmpty()) {
            return gone(response);
        }
        if (!access.opened(release.get(), openToken(request))) {
            return "redirect:/your-data/answer/" + token;
        }
        model.addAttribute("page", new AnswerPage(token, null, null, FormErrors.NONE, null));
        return "privacy/answer/files";
    }

    @GetMapping("/your-data/answer/" + TOKEN + "/files/answer.{format:pdf|json}")
    ResponseEntity<byte[]> download(@PathVariable String token, @PathVariable String format,
                                    HttpServletRequest request) {
        var release = access.find(token).filter(r -> access.opened(r, openToken(request)));
        var content = release.flatMap(r -> access.download(r, format));
        if (content.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/your-data/answer/" + token)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(format.equals("pdf") ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("answer." + format).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store") // a shared computer keeps no copy
                .body(content.get());
    }

    private String codePage(String token, Release release, String challenge, FormErrors errors, String notice,
                            Model model) {
        model.addAttribute("page", new AnswerPage(token, access.maskedRecipient(release), challenge, errors, notice));
        return "privacy/answer/code";
    }

    private static String gone(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "privacy/answer/gone";
    }

    private static FormErrors error(String text) {
        return FormErrors.of(new ErrorMessage("code", text));
    }

    static String openToken(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).flatMap(cookies -> Arrays.stream(cookies)
                .filter(c -> c.getName().equals(OPEN_COOKIE)).map(Cookie::getValue).findFirst()).orElse(null);
    }

    private static Optional<UUID> uuid(String typed) {
        try {
            return Optional.of(UUID.fromString(typed));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
