package org.bluelamp.insight;

/**
 * People or addresses that came up {@value RepeatFilter#TIMES} or more times, and the contacts they account for (each
 * once, though it names two of them).
 */
public record RepeatCount(int groups, int contacts) {
}
