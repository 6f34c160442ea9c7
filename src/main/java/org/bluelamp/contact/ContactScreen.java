package org.bluelamp.contact;

import org.bluelamp.contact.emergency.PossibleEmergencyRules;
import org.bluelamp.contact.emergency.Segment;

import java.time.Instant;
import java.util.List;

/**
 * One of a contact's pages.
 *
 * @param tab  which: overview, report, assessments or timeline
 * @param done the action just done, for the banner that says so; null for none
 * @param seesAccessLog whether the reader may see who has looked at the contact (a supervisor)
 * @param choices the force's lists, for the names of teams
 */
public record ContactScreen(ContactView view, String tab, String done, ContactClocks clocks, Instant now,
                            PossibleEmergencyRules emergencies, boolean seesAccessLog, ContactChoices choices) {

    public Contact contact() {
        return view.contact();
    }

    public List<ContactAction> actions() {
        return ContactAction.on(view.contact());
    }

    /** An answer's text split where words suggesting danger are, so the page can mark them. */
    public List<Segment> highlighted(String text) {
        if (!view.contact().possibleEmergency()) {
            return List.of(new Segment(text, false));
        }
        return PossibleEmergencyRules.highlight(text, emergencies.scan(text).matches());
    }

    /** A team as staff read it: its configured name, not its code. */
    public String teamName(String code) {
        return choices.teamName(code);
    }

    public String url(String tab) {
        return "/staff/contacts/" + view.contact().reference() + (tab.equals("overview") ? "" : "/" + tab);
    }
}
