package org.bluelamp.platform;

/** Words by message key, in the reader's language. */
@FunctionalInterface
public interface Texts {

    String t(String key, Object... args);
}
