package org.bluelamp.contact.clocks;

public enum DueState { NONE, ON_TIME, DUE_SOON, OVERDUE }
