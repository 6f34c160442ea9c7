/**
 * The languages the public side is offered in ({@code bluelamp.languages}): which one a request reads
 * ({@link org.bluelamp.platform.language.LanguageResolver}), the link that switches it, the start-up check that every
 * offered language has every public word, and dates and times written the way each language writes them
 * ({@link org.bluelamp.platform.language.Dates}). Staff screens are always in the base files' English. See
 * docs/languages.md.
 */
package org.bluelamp.platform.language;
