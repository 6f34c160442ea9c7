package org.bluelamp.reporting.calls;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.platform.Frame;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.language.Languages;
import org.bluelamp.reporting.Channel;
import org.bluelamp.reporting.definition.ServiceDefinition;
import org.bluelamp.reporting.journey.CallDetails;
import org.bluelamp.reporting.journey.QuestionEngine;
import org.bluelamp.reporting.journey.ServiceCatalogue;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A contact handler starts logging a call (101, front counter or email): what it is about, how it came in and when
 * it started; and once it is saved, its reference.
 */
@Controller
class CallStartController {

    private final ServiceCatalogue catalogue;
    private final QuestionEngine engine;
    private final StaffCallDrafts calls;
    private final Clock clock;
    private final Languages languages;

    CallStartController(ServiceCatalogue catalogue, QuestionEngine engine, StaffCallDrafts calls, Clock clock,
                        Languages languages) {
        this.languages = languages;
        this.catalogue = catalogue;
        this.engine = engine;
        this.calls = calls;
        this.clock = clock;
    }

    @GetMapping(CallPaths.ROOT + "/new")
    String form(Model model) {
        model.addAttribute("page", page(CallStart.startingAt(now()), "", FormErrors.NONE));
        return "calls/start";
    }

    @PostMapping(CallPaths.ROOT)
    String start(@RequestParam(required = false) String service, @RequestParam(required = false) String channel,
                 @RequestParam(required = false) String started, @RequestParam(required = false) String language,
                 Frame frame, Authentication signedIn, Model model) {
        // The caller's language, if they asked for one the force offers; otherwise English.
        var callerLanguage = languages.find(language == null ? "" : language).orElse(Language.ENGLISH);
        var form = new CallStart(service, channel, started);
        var now = now();
        var ids = catalogue.forCalls().stream().map(ServiceDefinition::id).collect(Collectors.toSet());
        var problems = form.problems(ids, now, frame);
        if (!problems.isEmpty()) {
            model.addAttribute("page", page(form, callerLanguage.isBase() ? "" : callerLanguage.code(),
                    new FormErrors(problems)));
            return "calls/start";
        }
        var call = new CallDetails(form.chosenChannel().orElseThrow(), form.startedAt(now).orElseThrow(),
                signedIn.getName(), callerLanguage);
        var open = engine.startCall(catalogue.find(form.service()).orElseThrow(), call);
        return CallPaths.redirect(CallPaths.call(open.id()));
    }

    /** Saved: the contact is opened a moment later by an event listener, so this links to it rather than going. */
    @GetMapping(CallPaths.ROOT + "/{draftId}/saved")
    String saved(@PathVariable UUID draftId, Frame frame, Authentication signedIn, Model model) {
        var open = calls.open(draftId, signedIn);
        var reference = engine.referenceOf(open).orElse(null);
        if (reference == null) {
            return CallPaths.redirect(CallPaths.call(draftId));
        }
        model.addAttribute("page", new CallPages.Saved(calls.heading(open, frame), reference.value(),
                "/staff/contacts/" + reference.value()));
        return "calls/saved";
    }

    private CallPages.Start page(CallStart form, String language, FormErrors errors) {
        var others = languages.offered().stream().filter(offered -> !offered.isBase())
                .map(offered -> Map.entry(offered.code(), offered.locale().getDisplayLanguage(Locale.ENGLISH)))
                .toList();
        return new CallPages.Start(catalogue.forCalls(), Channel.loggedByStaff(), form.service(), form.channel(),
                form.started(), others, language, errors);
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(LondonTime.ZONE));
    }
}
