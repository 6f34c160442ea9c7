package org.bluelamp.tracking;

/**
 * A support service as the reader sees it, in their language.
 *
 * @param phone    as the service writes it; empty if none
 * @param web      its web address; empty if none
 * @param webShown the web address as read out: without https:// and www.
 */
public record OfferedSupport(String name, String what, String phone, String web, String webShown) {
}
