package org.bluelamp.open311;

import org.bluelamp.reporting.SystemQuestion;
import org.bluelamp.reporting.SystemReportRefused;

/**
 * What Open311 responses say in words: error descriptions, notices, and the help with each attribute. They are data
 * for another system, which shows them to its own users, in English, as the spec's clients expect; they are not
 * Bluelamp's pages, so they are not in the messages files.
 */
final class Words {

    static final String NO_KEY = "api_key is missing: a key from the force is needed to send requests";
    static final String BAD_KEY = "Invalid api_key: it is unknown, or its client is not approved or is disabled";
    static final String NO_SCOPE = "This api_key may not send reports (it needs the reports:submit scope)";
    static final String TOO_MANY = "Too many requests from this client this minute: try again after Retry-After seconds";
    static final String FAILED = "The request could not be handled: try again later, and tell the force if it goes on";
    static final String NO_SERVICE_CODE = "service_code was not provided";
    static final String NO_LOCATION = "A location is needed: lat and long, or address_string";
    static final String BAD_LAT_LONG = "lat and long must both be given, as decimal degrees (WGS84)";
    static final String TOO_LARGE = "The request is too large: at most 64 KB";
    static final String NOT_FORM = "Send the request as application/x-www-form-urlencoded";
    static final String TOO_MANY_VALUES = "Too many values: at most 500";
    static final String NOT_THERE = "Nothing is at this address: see discovery.xml";
    static final String NO_TOKENS = "Tokens are never issued here: requests are realtime and return service_request_id";
    static final String BAD_DATE = "start_date and end_date must be W3C date-times with a time zone, e.g. 2026-01-01T00:00:00Z";
    static final String DATE_ORDER = "start_date must be before end_date";
    static final String DATE_SPAN = "start_date and end_date may not span more than 90 days";
    static final String BAD_STATUS = "status must be open or closed (comma delimited)";
    static final String TOO_MANY_IDS = "At most 200 service_request_id values at once";
    static final String RECEIVED = "Received by the police. This is not for emergencies: if anyone is in danger or a "
            + "crime is happening now, call 999.";
    static final String POSSIBLE_EMERGENCY = "Received by the police. What was sent may describe someone in danger "
            + "now: if so, call 999 now. It will be read by a person as soon as possible.";
    static final String KEY_SERVICE = "api_keys are issued by the force's administrators: ask the force";
    static final String PER_ITEM = "One value per item, in order: send attribute[code][] once for each item.";

    private Words() {
    }

    static String unknownFormat(String suffix) {
        return "Unknown format ." + echoed(suffix) + ": use .xml or .json";
    }

    static String unknownService(String code) {
        return "service_code " + echoed(code) + " was not found";
    }

    static String unknownRequest(String id) {
        return "service_request_id " + echoed(id) + " was not found";
    }

    /** What the caller sent, said back only when it is plainly a code: never their markup or control characters. */
    private static String echoed(String sent) {
        return sent != null && sent.matches("[A-Za-z0-9_-]{1,64}") ? sent : "(as sent)";
    }

    static String wrongMethod(String method) {
        return "This address does not take " + method;
    }

    static String contact(String force) {
        return force + ": ask the force for help with this API";
    }

    /** Where a refusal by the definition's checks names what was sent, its Open311 name. */
    static String problem(String name, SystemReportRefused.Problem problem) {
        return name + ": " + switch (problem.reason()) {
            case ANSWER -> problem.words();
            case NOT_A_DATE -> "not an ISO 8601 date, e.g. 2026-12-06";
            case NOT_A_DATE_TIME -> "not an ISO 8601 date and time with its offset, e.g. 2026-12-06T21:30:00Z";
            case ENDS_JOURNEY -> "this answer means the report cannot be taken this way: " + problem.words();
            case CANNOT_BE_SENT -> "files cannot be sent through Open311";
        };
    }

    /** The help with an attribute's datatype. */
    static String datatype(SystemQuestion question) {
        var words = new StringBuilder(switch (question.kind()) {
            case DATE -> "A date, ISO 8601, e.g. 2026-12-06.";
            case DATE_TIME -> "A date and time, ISO 8601 with its offset, e.g. 2026-12-06T21:30:00Z; not in the future.";
            case NUMBER -> "An amount in pounds, e.g. 120.50.";
            case ANY_OF -> "Any of the values: send attribute[code][] once for each.";
            default -> "";
        });
        if (question.maxLength() != null) {
            append(words, "At most " + question.maxLength() + " characters.");
        }
        if (question.perItem()) {
            append(words, PER_ITEM);
        }
        if (question.askedWhen() != null) {
            append(words, "Only when attribute[" + question.askedWhen().code() + "] is " + String.join(" or ",
                    question.askedWhen().values()) + ".");
        }
        if (question.hint() != null) {
            append(words, question.hint());
        }
        return words.isEmpty() ? null : words.toString();
    }

    private static void append(StringBuilder words, String more) {
        if (!words.isEmpty()) {
            words.append(' ');
        }
        words.append(more);
    }
}
