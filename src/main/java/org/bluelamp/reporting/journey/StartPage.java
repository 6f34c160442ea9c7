package org.bluelamp.reporting.journey;

import org.bluelamp.platform.FormErrors;
import org.bluelamp.reporting.definition.ServiceDefinition;

/** The first page of every journey: is this an emergency? */
public record StartPage(ServiceDefinition service, FormErrors errors) {
}
