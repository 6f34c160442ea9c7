package org.bluelamp.chat.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The force's approved standard replies for web chats ({@code bluelamp.chat.standard-replies}): each a short title
 * for the handler to choose by and the text it puts in the reply box, to edit before sending.
 */
@ConfigurationProperties("bluelamp.chat")
record StandardReplies(List<Reply> standardReplies) {

    static final int LONGEST_TITLE = 80;

    StandardReplies {
        standardReplies = standardReplies == null ? List.of() : List.copyOf(standardReplies);
    }

    record Reply(String title, String text) {

        Reply {
            if (title == null || title.isBlank() || title.strip().length() > LONGEST_TITLE) {
                throw new IllegalArgumentException("bluelamp.chat.standard-replies: each needs a title of 1 to "
                        + LONGEST_TITLE + " characters");
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("bluelamp.chat.standard-replies: '" + title + "' needs a text");
            }
            title = title.strip();
            text = text.strip();
        }
    }

    /** The reply numbered {@code n} from 1, as the page offers them; empty for any other number. */
    java.util.Optional<Reply> numbered(int n) {
        return n >= 1 && n <= standardReplies.size() ? java.util.Optional.of(standardReplies.get(n - 1))
                : java.util.Optional.empty();
    }
}
