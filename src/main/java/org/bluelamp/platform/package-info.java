/**
 * What every module shares: the page frame and layout, the force's details, errors, security headers, the
 * clock and the embedded database. It owns no business data.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.bluelamp.platform;
